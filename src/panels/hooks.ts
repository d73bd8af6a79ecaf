import { useMemo } from 'react';
import type { Lang } from '../domain/types';
import { t, type StringKey } from '../i18n/strings';
import { deriveView, type Derived } from '../store/derived';
import { useAppStore } from '../store/store';

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
