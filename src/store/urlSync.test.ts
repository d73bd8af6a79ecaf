import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { UrlSync } from './urlSync';

/** Just enough of a window: an address, a history that records its writes, timers run by hand. */
function fakeWindow(search = '') {
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const listeners = new Set<() => void>();
  const writes: string[] = [];
  const win = {
    location: { pathname: '/', search },
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        writes.push(`push ${url}`);
        win.location.search = url.slice(1);
      },
      replaceState: (_: unknown, __: string, url: string) => {
        writes.push(`replace ${url}`);
        win.location.search = url.slice(1);
      },
    },
    setTimeout: (fn: () => void) => {
      timers.set(nextTimer, fn);
      return nextTimer++;
    },
    clearTimeout: (id: number) => void timers.delete(id),
    addEventListener: (_: string, fn: () => void) => void listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => void listeners.delete(fn),
  };
  return {
    win: win as unknown as Window,
    writes,
    runTimers: () => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((fn) => fn());
    },
    goTo: (s: string) => {
      win.location.search = s;
      listeners.forEach((fn) => fn());
    },
  };
}

describe('UrlSync', () => {
  it('writes a change to history after the task that made it, one entry per task', () => {
    const store = createAppStore();
    const w = fakeWindow();
    new UrlSync().addTo(store, w.win);
    store.getState().setTier('pillar');
    store.getState().setCount('named');
    expect(w.writes).toEqual([]);
    w.runTimers();
    expect(w.writes).toEqual(['push /?tier=pillar&count=named']);
    store.getState().setTier('emerging');
    w.runTimers();
    expect(w.writes).toEqual(['push /?tier=pillar&count=named', 'push /?tier=emerging&count=named']);
  });

  it('applies back/forward without writing, and a pending write gives way to it', () => {
    const store = createAppStore();
    const w = fakeWindow('?tier=pillar');
    new UrlSync().addTo(store, w.win);
    expect(store.getState().view.tier).toBe('pillar');
    store.getState().setTier('emerging');
    w.goTo('?count=named');
    w.runTimers();
    expect(w.writes).toEqual([]);
    expect(store.getState().view).toMatchObject({ tier: 'all', count: 'named' });
  });

  it('normalises the address at start without a new entry, and stops writing once removed', () => {
    const store = createAppStore();
    const w = fakeWindow('?tier=bogus&count=named');
    const sync = new UrlSync().addTo(store, w.win);
    expect(w.writes).toEqual(['replace /?count=named']);
    store.getState().setTier('pillar');
    sync.remove();
    w.runTimers();
    expect(w.writes).toEqual(['replace /?count=named']);
  });
});
