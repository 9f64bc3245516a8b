// What a chart shows, as plain data: the drawing library never leaks past src/ui/charts.

/** A theme colour by its role; the value is read from the CSS custom properties at draw time. */
export type ChartColour = 'primary' | 'muted';

export interface ChartSeries {
  label: string;
  /** One value per x; null leaves a gap. */
  values: (number | null)[];
  colour: ChartColour;
  /** Told apart by the line's pattern as well as its colour. */
  line: 'solid' | 'dashed';
}

export interface ChartSpec {
  kind: 'line' | 'bars';
  /** Times in seconds since 1970, ascending. */
  x: number[];
  series: ChartSeries[];
  yLabel: string;
  /** A fixed y range (e.g. a 0–10 scale); otherwise from 0 to a little above the largest value. */
  yRange?: [number, number];
  /** For bars: how much time one bar stands for, in seconds (a week). */
  xStep?: number;
}
