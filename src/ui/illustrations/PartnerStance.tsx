// Drawing: the partner's stable stance: feet apart, knees soft, arms long, leaning back.
import { useT } from '../i18n/translate';
import { IllustrationFrame, Limb, paint } from './parts';

export function PartnerStance() {
  const t = useT();
  return (
    <IllustrationFrame label={t('illustrations.partnerStance.alt')} viewBox="0 0 240 236">
      {/* the floor */}
      <path d="M6 222 H234" stroke={paint.line} stroke-width={2.5} stroke-linecap="round" />
      {/* the receiver's lower legs, held just above the ankles */}
      <Limb d="M-10 172 L66 158" width={14} fill={paint.skin} />
      {/* back leg, then front leg: feet apart, knees slightly bent */}
      <Limb d="M142 140 L150 177 L160 211" width={18} fill={paint.partner} />
      <Limb d="M160 213 L146 216" width={8} fill={paint.line} />
      <Limb d="M138 140 L112 176 L102 211" width={18} fill={paint.partner} />
      <Limb d="M102 213 L86 216" width={8} fill={paint.line} />
      {/* body leaning back from the hips */}
      <Limb d="M140 136 L168 76" width={30} fill={paint.partner} />
      <circle
        cx={180}
        cy={48}
        r={17}
        style={{ fill: paint.skin }}
        stroke={paint.line}
        stroke-width={2.5}
      />
      <circle cx={171} cy={45} r={2} fill={paint.line} />
      {/* a long, straight arm to the grip */}
      <Limb d="M164 84 L80 152" width={11} fill={paint.partner} />
      <circle
        cx={74}
        cy={156}
        r={9}
        style={{ fill: paint.skin }}
        stroke={paint.line}
        stroke-width={2.5}
      />
      {/* leaning back: the pull comes from body weight */}
      <path
        d="M192 126 Q216 118 222 88 M213 96 L222 86 L229 99"
        fill="none"
        style={{ stroke: paint.arrow }}
        stroke-width={4}
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </IllustrationFrame>
  );
}
