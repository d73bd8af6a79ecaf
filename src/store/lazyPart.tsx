/**
 * A part of the page that loads when first shown, and can be loaded ahead
 * (`preload`) where the first render needs it: src/main.tsx awaits what the
 * linked view shows at once (the embed view, a cluster's card, a phone's SVG
 * map), so that render draws it rather than a gap that fills in a moment
 * later and moves what follows. Decided once per mount, so a part that was
 * shown lazily is never mounted twice.
 */
import { lazy, Suspense, useState, type ComponentType, type JSX } from 'react';

export function lazyPart<M, P extends object>(load: () => Promise<M>, pick: (module: M) => ComponentType<P>) {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const preload = (): Promise<M> => (loading ??= loaded ? Promise.resolve(loaded) : load().then((m) => (loaded = m)));
  const Lazy = lazy(() => preload().then((m) => ({ default: pick(m) })));
  function Part(props: P): JSX.Element {
    const [module] = useState(() => loaded);
    if (module) {
      const Loaded = pick(module);
      return <Loaded {...props} />;
    }
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  /** Where the module is imported statically (the build's render). */
  const set = (module: M) => void (loaded = module);
  return { Part, preload, set };
}
