// The theme's colours and type for a chart, read from the CSS custom properties when it is drawn.
import type { ChartColour } from './chartSpec';

export interface ChartTheme {
  text: string;
  grid: string;
  surface: string;
  series: Record<ChartColour, string>;
  /** Fill under bars: the primary colour's soft tint. */
  barFill: string;
  fontFamily: string;
  /** CSS pixels of the surrounding text, so axis labels follow the text-size setting. */
  fontSize: number;
}

// Only used if the tokens are missing (a test page): the light theme's values.
const FALLBACK = {
  '--color-text': '#1d2a30',
  '--color-text-muted': '#4b5961',
  '--color-border': '#7a8489',
  '--color-surface': '#ffffff',
  '--color-primary': '#1d6b73',
  '--color-primary-soft': '#e2f0f1',
  '--font-family': 'system-ui, sans-serif',
} as const;

type Token = keyof typeof FALLBACK;

export function readChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const token = (name: Token) => style.getPropertyValue(name).trim() || FALLBACK[name];
  const fontSize = Number.parseFloat(style.fontSize);
  return {
    text: token('--color-text'),
    grid: token('--color-border'),
    surface: token('--color-surface'),
    series: { primary: token('--color-primary'), muted: token('--color-text-muted') },
    barFill: token('--color-primary-soft'),
    fontFamily: token('--font-family'),
    fontSize: Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 16,
  };
}
