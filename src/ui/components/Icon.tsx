// The app's own small icons as inline SVG paths; always decorative (aria-hidden), never the only cue.
export type IconName =
  | 'stop'
  | 'pause'
  | 'play'
  | 'check'
  | 'warning'
  | 'info'
  | 'back'
  | 'history'
  | 'settings';

// Drawn on a 24-unit grid with a 2-unit round stroke.
const PATHS: Record<IconName, readonly string[]> = {
  stop: ['M8 2.5h8l5.5 5.5v8L16 21.5H8L2.5 16V8z', 'M8 12h8'],
  pause: ['M6.5 4.5h3.5v15H6.5z', 'M14 4.5h3.5v15H14z'],
  play: ['M7 4.5v15l12-7.5z'],
  check: ['M4 12.5l5 5L20 6.5'],
  warning: ['M12 3L2 20.5h20z', 'M12 9.5v5', 'M12 17.5v.01'],
  info: ['M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19z', 'M12 11v6', 'M12 7.5v.01'],
  back: ['M19 12H5', 'M11 6l-6 6 6 6'],
  history: ['M4 12a8 8 0 1 0 2.3-5.6', 'M4 3.5V7h3.5', 'M12 8v4.5l3 2'],
  settings: [
    'M4 6h9',
    'M17 6h3',
    'M4 12h3',
    'M11 12h9',
    'M4 18h11',
    'M19 18h1',
    'M13 6a2 2 0 1 0 4 0a2 2 0 1 0-4 0z',
    'M7 12a2 2 0 1 0 4 0a2 2 0 1 0-4 0z',
    'M15 18a2 2 0 1 0 4 0a2 2 0 1 0-4 0z',
  ],
};

export interface IconProps {
  name: IconName;
  /** CSS length; defaults to the surrounding text size so icons grow with the text. */
  size?: string;
  class?: string;
}

export function Icon({ name, size = '1.25em', class: extraClass }: IconProps) {
  return (
    <svg
      class={extraClass ? `icon ${extraClass}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
