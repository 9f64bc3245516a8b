// Screens beyond the first one load on demand, so the first paint ships only what it shows.
import type { ComponentType } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../components/Button';
import { Notice } from '../components/Notice';
import type { Area } from '../i18n/areas';
import { areasLoaded, I18nContext, type Locale, loadAreas } from '../i18n/translate';

type Loader<P> = () => Promise<ComponentType<P>>;

export interface LazyScreen<P> {
  (props: P): preact.JSX.Element;
  /** Starts loading now (after the first paint), so moving on later is instant and works offline. */
  preload(locale: Locale): Promise<unknown>;
}

type Loading<P> =
  | { status: 'loading' }
  | { status: 'ready'; component: ComponentType<P>; locale: Locale }
  | { status: 'failed' };

/** The screen's code and its words in the current language arrive together. */
export function lazyScreen<P extends object>(
  load: Loader<P>,
  areas: readonly Area[],
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // Forgotten, so the next attempt fetches again (a dropped connection is often brief).
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  function Lazy(props: P) {
    const { locale, t } = useContext(I18nContext);
    // Already fetched (preloaded): render at once, with no empty frame in between.
    const [state, setState] = useState<Loading<P>>(() =>
      loaded && areasLoaded(locale, areas)
        ? { status: 'ready', component: loaded, locale }
        : { status: 'loading' },
    );
    const [attempt, setAttempt] = useState(0);
    const retry = useRef<HTMLButtonElement>(null);
    useEffect(() => {
      let live = true;
      Promise.all([start(), loadAreas(locale, areas)]).then(
        ([component]) => live && setState({ status: 'ready', component, locale }),
        // A screen already shown stays: only its words in the new language failed to arrive.
        () =>
          live && setState((shown) => (shown.status === 'ready' ? shown : { status: 'failed' })),
      );
      return () => {
        live = false;
      };
    }, [locale, attempt]);
    // A retry that fails again puts focus back where the person left it.
    useEffect(() => {
      if (state.status === 'failed' && attempt > 0) retry.current?.focus();
    }, [state, attempt]);

    if (state.status === 'ready') {
      const Component = state.component;
      return <Component {...props} />;
    }
    const failed = state.status === 'failed';
    return (
      <main class="container" aria-busy={!failed}>
        {failed && (
          <Notice tone="danger" title={t('app.loadFailed')}>
            <div>
              <Button
                variant="secondary"
                ref={retry}
                onClick={() => {
                  setState({ status: 'loading' });
                  setAttempt((n) => n + 1);
                }}
              >
                {t('app.retry')}
              </Button>
            </div>
          </Notice>
        )}
      </main>
    );
  }
  Lazy.preload = (locale: Locale) => Promise.all([start(), loadAreas(locale, areas)]);
  return Lazy;
}
