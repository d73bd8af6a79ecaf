import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';

describe('showCluster / closeCluster', () => {
  it('selects the cluster alone, keeps a tier that holds it, and closing restores the selection it replaced', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setTier('emerging');
    s().setIndustries(['new-energy', 'intelligent-robots']);
    s().setCount('named');
    s().showCluster('new-energy');
    expect(s().view).toMatchObject({ tier: 'emerging', industries: ['new-energy'], count: 'named' });
    s().closeCluster();
    expect(s().view).toMatchObject({ tier: 'emerging', industries: ['intelligent-robots', 'new-energy'], count: 'named' });
  });

  it('widens the tier to all when the tier does not hold the cluster', () => {
    const store = createAppStore();
    store.getState().setTier('pillar');
    store.getState().showCluster('new-energy');
    expect(store.getState().view).toMatchObject({ tier: 'all', industries: ['new-energy'] });
    store.getState().closeCluster();
    expect(store.getState().view).toMatchObject({ tier: 'pillar', industries: null });
  });

  it('remembers the selection before the first card when one card leads to another', () => {
    const store = createAppStore();
    store.getState().showCluster('automotive');
    store.getState().showCluster('new-energy');
    store.getState().showCluster('new-energy');
    store.getState().closeCluster();
    expect(store.getState().view.industries).toBeNull();
  });

  it('keeps the main view unless asked for the map, and ignores an unknown id', () => {
    const store = createAppStore();
    store.getState().setMainView('table');
    store.getState().showCluster('automotive');
    expect(store.getState().view.mainView).toBe('table');
    store.getState().showCluster('automotive', { showMap: true });
    expect(store.getState().view.mainView).toBe('map');
    store.getState().showCluster('__proto__');
    expect(store.getState().view.industries).toEqual(['automotive']);
  });
});
