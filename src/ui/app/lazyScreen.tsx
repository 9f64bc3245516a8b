// Screens beyond the first one load on demand, so the first paint ships only what it shows.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type Loader<P> = () => Promise<ComponentType<P>>;

export interface LazyScreen<P> {
  (props: P): preact.JSX.Element;
  /** Starts loading now (after the first paint), so moving on later is instant and works offline. */
  preload(): Promise<unknown>;
}

export function lazyScreen<P extends object>(load: Loader<P>): LazyScreen<P> {
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
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Component) return;
      let live = true;
      start().then(
        (component) => live && setComponent(() => component),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component) return <Component {...props} />;
    return (
      <main class="container" aria-busy={!failed}>
        {failed && (
          <p role="alert">This part of Tractus could not load. Reload the page to try again.</p>
        )}
      </main>
    );
  }
  Lazy.preload = start;
  return Lazy;
}
