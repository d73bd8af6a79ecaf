/**
 * A part of the page that loads when first shown, and can be loaded ahead
 * (`preload`) where the first render needs it: src/main.tsx awaits what the
 * linked view shows at once (the embed view, a cluster's card, a phone's SVG
 * map), so that render draws it rather than a gap that fills in a moment
 * later and moves what follows. Decided once per mount, so a part that was
 * shown lazily is never mounted twice.
 *
 * Each part sits in its own error boundary (src/store/partFailed.tsx): a part
 * whose code cannot be loaded says so in its place, and offers to load it
 * again or to reload the page at the same view.
 */
import { lazy, Suspense, useState, type ComponentType, type JSX } from 'react';
import { PartBoundary } from './partFailed';

/** `Loading`: shown while the part loads (nothing by default). */
export function lazyPart<M, P extends object>(part: string, load: () => Promise<M>, pick: (module: M) => ComponentType<P>, Loading?: ComponentType) {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> =>
    (loading ??= loaded
      ? Promise.resolve(loaded)
      : load().then(
          (m) => (loaded = m),
          (e: unknown) => {
            // Asked for again, it is loaded again (a retry, or the next place that shows it).
            loading = null;
            throw e;
          },
        ));
  const lazyLoaded = () => lazy(() => preload().then((m) => ({ default: pick(m) })));
  // React keeps a lazy component's failure: a retry needs a new one.
  let Lazy = lazyLoaded();
  function Part(props: P): JSX.Element {
    const [module] = useState(() => loaded);
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Lazy = lazyLoaded();
      setAttempt(attempt + 1);
    };
    const Loaded = module && pick(module);
    return (
      <PartBoundary part={part} key={attempt} onRetry={retry}>
        {Loaded ? (
          <Loaded {...props} />
        ) : (
          <Suspense fallback={Loading ? <Loading /> : null}>
            <Lazy {...props} />
          </Suspense>
        )}
      </PartBoundary>
    );
  }
  /** Where the module is imported statically (the build's render). */
  const set = (module: M) => void (loaded = module);
  return { Part, preload, set };
}
