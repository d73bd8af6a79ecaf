import { useT } from '../store/hooks';

/** "Loading…" where a view's code is on its way (src/panels/parts.ts). */
export function LoadingText() {
  const tr = useT();
  return <p className="loading">{tr('loading')}</p>;
}
