import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is fetched the first time it is shown (a dialog, a print view, a tab), so
 * the app starts on a smaller bundle. The service worker precaches every chunk, so it opens offline
 * too; should a chunk still fail to load, the place it would be says so instead of staying blank.
 */
export function lazyComponent<P extends object>(what: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null; // the next opening tries again
        throw error;
      },
    ));
  function Lazy(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failure, setFailure] = useState<string | null>(null);
    useEffect(() => {
      if (component) return;
      let live = true;
      start().then(
        (c) => live && setComponent(() => c),
        (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
      );
      return () => {
        live = false;
      };
    }, [component]);
    if (failure)
      return (
        <p class="warning" role="alert">
          {what} could not be opened ({failure}). Reload the app and try again.
        </p>
      );
    return component ? h(component, props) : null;
  }
  Lazy.displayName = `Lazy(${what})`;
  return Lazy;
}
