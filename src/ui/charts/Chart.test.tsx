// @vitest-environment jsdom
// Chart: uPlot loads on demand, gets the spec's data and the theme's colours, redraws on theme change.
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Chart } from './Chart';
import type { ChartSpec } from './chartSpec';
import { FakeUPlot } from './testing';
import { uplotConfig } from './uplotOptions';

vi.mock('uplot', async () => ({ default: (await import('./testing')).FakeUPlot }));

const root = document.documentElement;

const spec: ChartSpec = {
  kind: 'line',
  x: [1_700_000_000, 1_700_086_400, 1_700_172_800],
  series: [
    { label: 'Pain before', values: [5, null, 4], colour: 'muted', line: 'dashed' },
    { label: 'Pain after', values: [3, 3, 2], colour: 'primary', line: 'solid' },
  ],
  yLabel: 'Pain (0–10)',
  yRange: [0, 10],
};

beforeEach(() => {
  FakeUPlot.instances = [];
  root.style.setProperty('--color-primary', '#112233');
  root.style.setProperty('--color-text-muted', '#445566');
});

afterEach(() => {
  cleanup();
  root.removeAttribute('style');
  delete root.dataset.theme;
});

describe('Chart', () => {
  it('draws the spec’s data with the theme’s colours, lines told apart by pattern too', async () => {
    render(<Chart spec={spec} label="Pain chart; the numbers are below" />);
    await waitFor(() => expect(FakeUPlot.live()).toHaveLength(1));
    const [plot] = FakeUPlot.live();
    expect(plot?.data).toEqual([spec.x, [5, null, 4], [3, 3, 2]]);
    const [, before, after] = plot?.options.series ?? [];
    expect(before?.stroke).toBe('#445566');
    expect(after?.stroke).toBe('#112233');
    expect(before?.dash).toEqual([8, 5]);
    expect(after?.dash).toBeUndefined();
    expect(plot?.target).toBe(
      screen.getByRole('img', { name: 'Pain chart; the numbers are below' }),
    );
    // The key is text on the page, not colour alone.
    expect(screen.getByText('Pain before')).toBeTruthy();
    expect(screen.getByText('Pain after')).toBeTruthy();
  });

  it('redraws in the new colours when the theme changes', async () => {
    render(<Chart spec={spec} label="Pain chart" />);
    await waitFor(() => expect(FakeUPlot.live()).toHaveLength(1));
    root.style.setProperty('--color-primary', '#abcdef');
    root.dataset.theme = 'dark';
    await waitFor(() => expect(FakeUPlot.instances).toHaveLength(2));
    expect(FakeUPlot.instances[0]?.destroyed).toBe(true);
    expect(FakeUPlot.live()[0]?.options.series[2]?.stroke).toBe('#abcdef');
  });

  it('is removed from the page with its component', async () => {
    render(<Chart spec={spec} label="Pain chart" />);
    await waitFor(() => expect(FakeUPlot.live()).toHaveLength(1));
    cleanup();
    await waitFor(() => expect(FakeUPlot.live()).toHaveLength(0));
  });
});

describe('uplotConfig', () => {
  const theme = {
    text: '#000',
    grid: '#888',
    surface: '#fff',
    series: { primary: '#0a0', muted: '#555' },
    barFill: '#dfd',
    fontFamily: 'sans-serif',
    fontSize: 20,
  };

  it('draws bars with the given path builder and half a week of room either side', () => {
    const bars = vi.fn();
    const week = 7 * 24 * 3600;
    const { options, data } = uplotConfig(
      {
        kind: 'bars',
        x: [0, week],
        series: [{ label: 'Minutes', values: [3, 4.5], colour: 'primary', line: 'solid' }],
        yLabel: 'Minutes',
        xStep: week,
      },
      theme,
      { width: 400, height: 240 },
      bars,
    );
    expect(data).toEqual([
      [0, week],
      [3, 4.5],
    ]);
    expect(options.series[1]?.paths).toBe(bars);
    expect(options.series[1]?.fill).toBe('#dfd');
    const range = options.scales?.x?.range;
    expect(typeof range === 'function' && range({} as never, 0, week, 'x')).toEqual([
      -week / 2,
      week * 1.5,
    ]);
    expect(options.axes?.[1]?.font).toBe('18px sans-serif');
  });

  it('keeps a fixed y range when the spec gives one', () => {
    const { options } = uplotConfig(spec, theme, { width: 300, height: 200 });
    expect(options.scales?.y?.range).toEqual([0, 10]);
    expect(options.width).toBe(300);
  });
});
