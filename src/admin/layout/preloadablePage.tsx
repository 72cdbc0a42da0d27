import { useEffect, useState, type ComponentType } from 'react';

export type PreloadablePage = ComponentType & {
  /** Fetches the page's chunk now (after login, on hover); the same promise on every call. */
  preload: () => Promise<unknown>;
};

/**
 * A page whose code loads on demand, as with React.lazy, but which never
 * suspends: until its chunk is there it draws `Placeholder` inside the layout
 * (which stays mounted), and once `preload()` has fetched the chunk it renders
 * at once. Suspending would hand the first paint to the layout's Suspense
 * boundary, which holds its fallback for React's reveal throttle (300 ms) even
 * when the chunk arrives sooner.
 */
export function preloadablePage(
  load: () => Promise<{ default: ComponentType }>,
  Placeholder: ComponentType = () => null,
): PreloadablePage {
  let Page: ComponentType | undefined;
  let loading: Promise<unknown> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        Page = module.default;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Preloadable = () => {
    const [failure, setFailure] = useState<unknown>(null);
    const [, setLoaded] = useState(false);
    useEffect(() => {
      if (!Page) preload().then(() => setLoaded(true), setFailure);
    }, []);
    // A chunk that cannot load is the route's error, as React.lazy would make it.
    if (failure) throw failure;
    return Page ? <Page /> : <Placeholder />;
  };
  return Object.assign(Preloadable, { preload });
}
