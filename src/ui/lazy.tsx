import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

/**
 * A component whose code is fetched the first time it is shown (a dialog, a print view, a tab), so
 * the app starts on a smaller bundle. The service worker precaches every chunk, so it opens offline
 * too; should a chunk still fail to load, the place it would be says so instead of staying blank.
 */
export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Fetches the code now (when the tablet is idle after start-up), so the first opening is instant. */
  preload: () => void;
};

export function lazyComponent<P extends object>(what: string, load: () => Promise<ComponentType<P>>): LazyComponent<P> {
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
          {t('{what} could not be opened ({failure}). Reload the app and try again.', { what: t(what), failure })}
        </p>
      );
    return component ? h(component, props) : null;
  }
  Lazy.displayName = `Lazy(${what})`;
  Lazy.preload = () => void start().catch(() => undefined); // a failure is said when it is opened
  return Lazy;
}

/**
 * Fetches these components' code once the first screen is drawn and the tablet has a moment: the
 * start-up stays light, and the first tap on a tab or a dialog does not wait. Returns the cancel.
 */
export function preloadWhenIdle(components: readonly { preload: () => void }[]): () => void {
  const fetchAll = () => components.forEach((c) => c.preload());
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fetchAll, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fetchAll, 500);
  return () => clearTimeout(timer);
}
