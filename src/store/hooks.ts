import { useCallback, useMemo, useRef } from 'react';
import type { Lang } from '../domain/types';
import { t, type StringKey } from '../i18n/strings';
import { deriveView, type Derived } from './derived';
import { useAppStore, type MapCover } from './store';

export function useLang(): Lang {
  return useAppStore((s) => s.view.lang);
}

export function useT() {
  const lang = useLang();
  return useMemo(() => (key: StringKey, params?: Record<string, string | number>) => t(lang, key, params), [lang]);
}

/** The derived view, or null while data is not ready. */
export function useDerived(): Derived | null {
  const data = useAppStore((s) => s.data);
  const tier = useAppStore((s) => s.view.tier);
  const industries = useAppStore((s) => s.view.industries);
  const count = useAppStore((s) => s.view.count);
  return useMemo(
    () => (data.status === 'ready' ? deriveView(data.data.dataset, { tier, industries, count }) : null),
    [data, tier, industries, count],
  );
}

/**
 * A ref for an element that lies over the map (the city panel, the keys'
 * caption): its box goes into the store while it is on screen and not empty,
 * so the map can keep the reader's city clear of it.
 */
export function useMapCover(cover: MapCover) {
  const stop = useRef<(() => void) | null>(null);
  return useCallback(
    (el: HTMLElement | null) => {
      stop.current?.();
      stop.current = null;
      const { setMapCover } = useAppStore.getState();
      if (!el) return setMapCover(cover, null);
      const measure = () => {
        const r = el.getBoundingClientRect();
        const shown = r.width > 0 && r.height > 0 && !el.classList.contains('empty');
        setMapCover(cover, shown ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null);
      };
      // Measured when the layout is done (a ResizeObserver reports every element once it is laid out), never
      // in React's commit, where reading a box would force a layout of the whole page.
      const resize = new ResizeObserver(measure);
      resize.observe(el);
      // Its place moves with the page's layout too, not only with its own size.
      addEventListener('resize', measure);
      stop.current = () => {
        resize.disconnect();
        removeEventListener('resize', measure);
        setMapCover(cover, null);
      };
    },
    [cover],
  );
}
