// Drawing: the ankle-hold grip just above the ankle joints; the joint itself is marked "not here".
import { useT } from '../i18n/translate';
import { Arrow, IllustrationFrame, Limb, Marker, Mat, paint } from './parts';

// The near lower leg seen from the side, lying on the mat: shin on top, heel down, toes up.
const LEG =
  'M-5 98 L204 113 Q214 106 224 78 Q230 62 243 65 Q255 69 253 90 L250 136 ' +
  'Q248 148 232 148 L-5 148 Z';
// The trouser leg over the shin, ending well above the ankle.
const TROUSERS = 'M-5 95 L132 105 L132 149 L-5 149 Z';
// The partner's hand from above, fingers wrapped around the shin.
const HAND = 'M154 104 Q172 92 194 104 L194 138 Q194 148 184 148 L164 148 Q154 148 154 138 Z';

export function AnkleHold() {
  const t = useT();
  return (
    <IllustrationFrame label={t('illustrations.ankleHold.alt')} viewBox="0 0 320 200">
      <Mat y={148} x={0} width={320} />
      <path d={LEG} style={{ fill: paint.skin }} stroke={paint.line} stroke-width={2.5} />
      <path d={TROUSERS} style={{ fill: paint.trousers }} stroke={paint.line} stroke-width={2.5} />
      {/* the ankle bone, and the joint marked: not here */}
      <circle cx={216} cy={128} r={5} fill="none" stroke={paint.line} stroke-width={2} />
      <circle
        cx={216}
        cy={128}
        r={20}
        fill="none"
        style={{ stroke: paint.danger }}
        stroke-width={3}
        stroke-dasharray="6 4"
      />
      <path d="M224 147 L232 172" style={{ stroke: paint.danger }} stroke-width={2.5} />
      <Marker x={216} y={192} text={t('illustrations.ankleHold.notHere')} kind="danger" />
      {/* the partner's long arm and hand, gripping just above the ankle */}
      <Limb d="M176 100 L258 -12" width={16} fill={paint.partner} />
      <path d={HAND} style={{ fill: paint.skin }} stroke={paint.line} stroke-width={2.5} />
      <path
        d="M163 118 v26 M172 116 v28 M181 116 v28"
        stroke={paint.line}
        stroke-width={2}
        stroke-linecap="round"
      />
      <path d="M140 70 L158 98" style={{ stroke: paint.good }} stroke-width={2.5} />
      <Marker x={40} y={64} text={t('illustrations.ankleHold.gripHere')} kind="good" />
      {/* a slow pull toward the feet */}
      <Arrow x1={20} x2={110} y={180} />
    </IllustrationFrame>
  );
}
