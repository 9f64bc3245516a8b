// One chart drawn with uPlot, loaded only when a chart is shown; redrawn on resize and theme change.

import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type uPlot from 'uplot';
import { I18nContext } from '../i18n/translate';
import type { ChartSpec } from './chartSpec';
import { readChartTheme } from './chartTheme';
import { type ChartSize, uplotConfig } from './uplotOptions';
import { useThemeVersion } from './useThemeVersion';

export interface ChartProps {
  spec: ChartSpec;
  /** What the chart shows and where its numbers are, for assistive technology. */
  label: string;
}

type Drawing = 'loading' | 'drawn' | 'failed';

let library: Promise<typeof uPlot> | undefined;

/** uPlot and its stylesheet, fetched on first use so neither is in the first-load bundle. */
function loadUplot(): Promise<typeof uPlot> {
  library ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(
    ([module]) => module.default,
    (error: unknown) => {
      library = undefined; // Offline before the chunk was cached: the next visit tries again.
      throw error;
    },
  );
  return library;
}

function sizeFor(width: number): ChartSize {
  const w = Math.max(240, Math.floor(width));
  return { width: w, height: Math.round(Math.min(320, Math.max(200, w * 0.6))) };
}

/** Calls back with the element's width now and whenever it changes. */
function watchWidth(element: HTMLElement, onWidth: (width: number) => void): () => void {
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(() => onWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }
  const onResize = () => onWidth(element.clientWidth);
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
}

export function Chart({ spec, label }: ChartProps) {
  const { locale, t } = useContext(I18nContext);
  const target = useRef<HTMLDivElement>(null);
  const theme = useThemeVersion();
  const [drawing, setDrawing] = useState<Drawing>('loading');

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    let plot: uPlot | undefined;
    let cancelled = false;
    let lastWidth = element.clientWidth;
    const stopWatching = watchWidth(element, (width) => {
      if (width === lastWidth) return;
      lastWidth = width;
      plot?.setSize(sizeFor(width));
    });
    loadUplot().then(
      (UPlot) => {
        if (cancelled) return;
        // Colours are read now, so the chart is drawn in the theme showing at this moment.
        const bars = spec.kind === 'bars' ? UPlot.paths.bars?.({ size: [0.7, 96] }) : undefined;
        const config = uplotConfig(spec, readChartTheme(element), sizeFor(lastWidth), bars, locale);
        plot = new UPlot(config.options, config.data, element);
        setDrawing('drawn');
      },
      () => {
        if (!cancelled) setDrawing('failed');
      },
    );
    return () => {
      cancelled = true;
      stopWatching();
      plot?.destroy();
    };
  }, [spec, theme, locale]);

  return (
    <div class="chart">
      <div
        class="chart__plot"
        role="img"
        aria-label={label}
        hidden={drawing === 'failed'}
        ref={target}
      />
      {drawing === 'loading' && <p class="muted">{t('history.chart.loading')}</p>}
      {drawing === 'failed' && <p>{t('history.chart.failed')}</p>}
      <ul class="chart__key">
        {spec.series.map((s) => (
          <li key={s.label} class={`chart__key-item chart__key-item--${s.colour}`}>
            <svg class="chart__swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
              {spec.kind === 'bars' ? (
                <rect x="9" y="1" width="14" height="10" stroke="currentColor" stroke-width="2" />
              ) : (
                <line
                  x1="1"
                  y1="6"
                  x2="31"
                  y2="6"
                  stroke="currentColor"
                  stroke-width="3"
                  stroke-dasharray={s.line === 'dashed' ? '6 4' : undefined}
                />
              )}
            </svg>
            <span>{s.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
