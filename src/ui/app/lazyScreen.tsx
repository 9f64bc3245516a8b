// Screens beyond the first one load on demand, so the first paint ships only what it shows.
import type { ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Area } from '../i18n/areas';
import { areasLoaded, I18nContext, type Locale, loadAreas } from '../i18n/translate';

type Loader<P> = () => Promise<ComponentType<P>>;

export interface LazyScreen<P> {
  (props: P): preact.JSX.Element;
  /** Starts loading now (after the first paint), so moving on later is instant and works offline. */
  preload(locale: Locale): Promise<unknown>;
}

/** The screen's code and its words in the current language arrive together. */
export function lazyScreen<P extends object>(
  load: Loader<P>,
  areas: readonly Area[],
): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then((component) => {
      loaded = component;
      return component;
    });
    return loading;
  };

  function Lazy(props: P) {
    const { locale, t } = useContext(I18nContext);
    // Already fetched (preloaded): render at once, with no empty frame in between.
    const [ready, setReady] = useState<{ component: ComponentType<P>; locale: Locale } | null>(
      () => (loaded && areasLoaded(locale, areas) ? { component: loaded, locale } : null),
    );
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      let live = true;
      Promise.all([start(), loadAreas(locale, areas)]).then(
        ([component]) => live && setReady({ component, locale }),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [locale]);
    const Component = ready?.component;
    if (Component) return <Component {...props} />;
    return (
      <main class="container" aria-busy={!failed}>
        {failed && <p role="alert">{t('app.loadFailed')}</p>}
      </main>
    );
  }
  Lazy.preload = (locale: Locale) => Promise.all([start(), loadAreas(locale, areas)]);
  return Lazy;
}
