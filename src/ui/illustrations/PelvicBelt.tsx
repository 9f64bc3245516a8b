// Drawing: a wide belt around the upper thighs close to the hips, with the groin marked "not here".
import { useT } from '../i18n/translate';
import { Arrow, IllustrationFrame, Limb, Marker, Mat, paint } from './parts';

export function PelvicBelt() {
  const t = useT();
  return (
    <IllustrationFrame label={t('illustrations.pelvicBelt.alt')} viewBox="0 0 320 200">
      <Mat y={150} x={0} width={320} />
      {/* the belt's straps run along both sides of the thighs toward the partner at the feet */}
      <Limb d="M180 144 L330 144" width={7} fill={paint.belt} />
      {/* lying face-up, seen from the side: trousers, then the body, then the relaxed arm */}
      <Limb d="M128 128 L336 130" width={30} fill={paint.trousers} />
      <Limb d="M-30 122 L124 125" width={36} fill={paint.receiver} />
      <Limb d="M-20 114 L96 122" width={11} fill={paint.receiver} />
      <circle
        cx={104}
        cy={123}
        r={8}
        style={{ fill: paint.skin }}
        stroke={paint.line}
        stroke-width={2.5}
      />
      <Limb d="M180 110 L330 110" width={7} fill={paint.belt} />
      {/* the wide belt around the upper thighs, close to the hips */}
      <rect
        x={164}
        y={104}
        width={22}
        height={48}
        rx={4}
        style={{ fill: paint.belt }}
        stroke={paint.line}
        stroke-width={2.5}
      />
      {/* the groin: not here */}
      <circle
        cx={136}
        cy={110}
        r={14}
        fill="none"
        style={{ stroke: paint.danger }}
        stroke-width={3}
        stroke-dasharray="6 4"
      />
      <path d="M108 78 L126 98" style={{ stroke: paint.danger }} stroke-width={2.5} />
      <Marker x={30} y={70} text={t('illustrations.pelvicBelt.notHere')} kind="danger" />
      <path d="M196 78 L180 100" style={{ stroke: paint.good }} stroke-width={2.5} />
      <Marker x={186} y={70} text={t('illustrations.pelvicBelt.beltHere')} kind="good" />
      {/* a gentle pull toward the feet */}
      <Arrow x1={210} x2={300} y={186} />
    </IllustrationFrame>
  );
}
