// Shared pieces of the Tractus drawings: the labelled SVG frame, theme paints and outlined limbs.
import type { ComponentChildren } from 'preact';

/** Fills follow the theme through CSS custom properties; the fallbacks are the light theme. */
export const paint = {
  line: 'currentColor',
  skin: 'var(--color-illus-skin, #f3d9c4)',
  receiver: 'var(--color-illus-receiver, #bfe0e3)',
  partner: 'var(--color-illus-partner, #c9d6ea)',
  trousers: 'var(--color-illus-trousers, #9fb4c7)',
  mat: 'var(--color-illus-mat, #d9d2c5)',
  belt: 'var(--color-illus-belt, #1d6b73)',
  arrow: 'var(--color-illus-arrow, #1d6b73)',
  danger: 'var(--color-illus-danger, #b42318)',
  good: 'var(--color-illus-good, #2e6b30)',
} as const;

export interface IllustrationFrameProps {
  /** The text alternative: what the picture shows, in words. */
  label: string;
  viewBox: string;
  children: ComponentChildren;
}

export function IllustrationFrame({ label, viewBox, children }: IllustrationFrameProps) {
  return (
    <svg
      class="illustration"
      viewBox={viewBox}
      role="img"
      aria-label={label}
      focusable="false"
      xmlns="http://www.w3.org/2000/svg"
      style={{ color: 'var(--color-illus-line, currentColor)', fontFamily: 'inherit' }}
    >
      <title>{label}</title>
      {children}
    </svg>
  );
}

export interface LimbProps {
  d: string;
  width: number;
  fill: string;
}

/** A thick rounded stroke with an outline: the drawings' body parts. */
export function Limb({ d, width, fill }: LimbProps) {
  return (
    <g fill="none" stroke-linecap="round" stroke-linejoin="round">
      <path d={d} stroke={paint.line} stroke-width={width + 5} />
      <path d={d} style={{ stroke: fill }} stroke-width={width} />
    </g>
  );
}

/** The firm mat the receiver lies on. */
export function Mat({ y, x = 6, width = 308 }: { y: number; x?: number; width?: number }) {
  return (
    <rect
      x={x}
      y={y}
      width={width}
      height={14}
      rx={7}
      style={{ fill: paint.mat }}
      stroke={paint.line}
      stroke-width={2.5}
    />
  );
}

/** A label drawn in the picture, with a check (where to) or a cross (where not to). */
export function Marker({
  x,
  y,
  text,
  kind,
}: {
  x: number;
  y: number;
  text: string;
  kind: 'good' | 'danger';
}) {
  const colour = kind === 'good' ? paint.good : paint.danger;
  const glyph =
    kind === 'good'
      ? `M${x} ${y - 6} l5 5 l10 -11`
      : `M${x} ${y - 12} l11 11 M${x + 11} ${y - 12} l-11 11`;
  return (
    <g>
      <path
        d={glyph}
        fill="none"
        style={{ stroke: colour }}
        stroke-width={3.5}
        stroke-linecap="round"
      />
      <text x={x + 20} y={y} font-size={16} font-weight={700} style={{ fill: colour }}>
        {text}
      </text>
    </g>
  );
}

/** A straight arrow with an open head, drawn from (x1, y) to (x2, y). */
export function Arrow({ x1, x2, y }: { x1: number; x2: number; y: number }) {
  const dir = x2 >= x1 ? 1 : -1;
  return (
    <path
      d={`M${x1} ${y} H${x2} M${x2 - dir * 11} ${y - 10} L${x2} ${y} L${x2 - dir * 11} ${y + 10}`}
      fill="none"
      style={{ stroke: paint.arrow }}
      stroke-width={4}
      stroke-linecap="round"
      stroke-linejoin="round"
    />
  );
}
