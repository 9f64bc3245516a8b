// Drawing: the receiver lying face-up and relaxed on a firm mat, phone in hand.
import { useT } from '../i18n/translate';
import { IllustrationFrame, Limb, Mat, paint } from './parts';

export function ReceiverLying() {
  const t = useT();
  return (
    <IllustrationFrame label={t('illustrations.receiverLying.alt')} viewBox="0 66 320 84">
      <Mat y={118} />
      {/* legs, then the body over them, so the hip shows as one outline */}
      <Limb d="M160 106 L266 110" width={20} fill={paint.receiver} />
      <Limb d="M72 104 L160 105" width={28} fill={paint.receiver} />
      {/* feet resting, toes up */}
      <Limb d="M274 111 L282 90" width={10} fill={paint.skin} />
      {/* head resting on the mat; eyes closed, a small smile */}
      <circle
        cx={46}
        cy={100}
        r={17}
        style={{ fill: paint.skin }}
        stroke={paint.line}
        stroke-width={2.5}
      />
      <path
        d="M48 91 q4 3 8 0 M53 101 q3 3 6 1"
        fill="none"
        stroke={paint.line}
        stroke-width={2}
        stroke-linecap="round"
      />
      {/* the near arm relaxed along the side */}
      <Limb d="M86 100 L150 108" width={9} fill={paint.receiver} />
      <circle
        cx={156}
        cy={109}
        r={6}
        style={{ fill: paint.skin }}
        stroke={paint.line}
        stroke-width={2}
      />
      {/* the phone, within reach for Stop */}
      <rect x={150} y={92} width={9} height={15} rx={2} fill={paint.line} />
    </IllustrationFrame>
  );
}
