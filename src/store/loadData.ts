/**
 * Loads the data files into the store: once as the page's script runs,
 * taking over the loads src/data/early.ts started (before React renders, so
 * the map gets its data the moment it is in), and again on Retry. The city
 * data is required; the context layer is optional and its failure is
 * reported apart.
 */
import { takeLoad } from '../data/load';
import { useAppStore, type AppStore } from './store';

/** A DataFileError's message names the file and each problem in it. */
const describeError = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function loadData(store: AppStore = useAppStore): void {
  const { setData, setContext } = store.getState();
  setData({ status: 'loading' });
  takeLoad('dataset')
    .then((data) => {
      setData({ status: 'ready', data });
      const { view, selectCity, addNotices } = store.getState();
      if (view.city && !data.dataset.cities.some((c) => c.adcode === view.city)) {
        addNotices([{ kind: 'badValue', key: 'city', value: view.city }]);
        selectCity(null);
      }
    })
    .catch((e: unknown) => setData({ status: 'error', message: describeError(e) }));
  if (store.getState().context.status !== 'ready')
    takeLoad('context')
      .then((context) => setContext({ status: 'ready', context }))
      .catch((e: unknown) => setContext({ status: 'error', message: describeError(e) }));
}
