// Turns a chart's data and the theme into uPlot's options; pure, so tests read what would be drawn.
import type uPlot from 'uplot';
import type { ChartSpec } from './chartSpec';
import type { ChartTheme } from './chartTheme';

export interface ChartSize {
  width: number;
  height: number;
}

export interface UplotConfig {
  options: uPlot.Options;
  data: uPlot.AlignedData;
}

const DASH = [8, 5];

/** Dates on the time axis in the chosen language (uPlot's own names are English). */
function dateLabels(locale: string | undefined): uPlot.Axis.Values {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (_self, splits) => splits.map((s) => format.format(new Date(s * 1000)));
}

/** From 0 (no minutes, no pain) to a little above the largest value. */
function fromZero(_self: uPlot, _min: number, max: number): uPlot.Range.MinMax {
  return [0, max > 0 ? Math.ceil(max * 1.15) : 1];
}

/** Half a step of room either side, so the first and last bars are not cut in half. */
function padded(step: number): uPlot.Range.Function {
  return (_self, min, max) => [min - step / 2, max + step / 2];
}

export function uplotConfig(
  spec: ChartSpec,
  theme: ChartTheme,
  size: ChartSize,
  bars?: uPlot.Series.PathBuilder,
  /** The interface's language, for the dates on the time axis. */
  locale?: string,
): UplotConfig {
  const fontPx = Math.round(theme.fontSize * 0.875);
  const font = `${fontPx}px ${theme.fontFamily}`;
  const axis = {
    stroke: theme.text,
    font,
    labelFont: font,
    // Room for the values and the label at any text size (uPlot's defaults fit 12px text).
    size: Math.max(50, fontPx * 3.4),
    labelSize: Math.max(30, fontPx * 2),
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
  } satisfies uPlot.Axis;
  const series: uPlot.Series[] = spec.series.map((s) => {
    const stroke = theme.series[s.colour];
    const line: uPlot.Series = {
      label: s.label,
      stroke,
      width: 2,
      spanGaps: false,
      points: { show: true, size: 7, stroke, fill: theme.surface, width: 2 },
    };
    if (s.line === 'dashed') line.dash = DASH;
    if (spec.kind === 'bars') {
      line.fill = theme.barFill;
      line.points = { show: false };
      if (bars) line.paths = bars;
    }
    return line;
  });
  const xRange = spec.kind === 'bars' && spec.xStep ? padded(spec.xStep) : undefined;
  return {
    options: {
      width: size.width,
      height: size.height,
      series: [{}, ...series],
      scales: {
        x: { time: true, ...(xRange ? { range: xRange } : {}) },
        y: { range: spec.yRange ?? fromZero },
      },
      axes: [
        { ...axis, values: dateLabels(locale) },
        { ...axis, label: spec.yLabel },
      ],
      // The legend and the numbers are in the page's own HTML, which follows the text size.
      legend: { show: false },
      cursor: { show: false },
    },
    data: [spec.x, ...spec.series.map((s) => s.values)],
  };
}
