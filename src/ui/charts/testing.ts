// Test support only: a stand-in for uPlot (which needs a canvas) that records what it was given.
import type uPlot from 'uplot';
import type { ChartSize } from './uplotOptions';

/** Use with vi.mock('uplot', () => ({ default: FakeUPlot })), imported inside the factory. */
export class FakeUPlot {
  static instances: FakeUPlot[] = [];
  static paths = { bars: () => () => null };
  readonly sizes: ChartSize[] = [];
  destroyed = false;

  constructor(
    readonly options: uPlot.Options,
    readonly data: uPlot.AlignedData,
    readonly target: HTMLElement,
  ) {
    FakeUPlot.instances.push(this);
  }

  /** The charts still on the page. */
  static live(): FakeUPlot[] {
    return FakeUPlot.instances.filter((plot) => !plot.destroyed);
  }

  setSize(size: ChartSize): void {
    this.sizes.push(size);
  }

  destroy(): void {
    this.destroyed = true;
  }
}
