/**
 * Keeps the address bar and the store's view in step, in the manner of
 * maplibre's Hash: one small object with addTo/remove. Each change of view is
 * a history entry (so back/forward step through views); popstate applies the
 * entry's view without writing history again. History is written in a task of
 * its own, just after the change: a pushState costs a few milliseconds (a round
 * trip to the browser) that the map and panels should not wait for, and
 * changes made in one task become one entry.
 */
import type { AppStore } from './store';
import { parseView, serializeView } from './url';

export class UrlSync {
  private store: AppStore | null = null;
  private win!: Window;
  private unsubscribe: (() => void) | null = null;
  private pending: number | null = null;

  addTo(store: AppStore, win: Window = window): this {
    this.store = store;
    this.win = win;
    this.apply();
    // Normalise the address once (dropped values disappear) without a new entry.
    this.write(serializeView(store.getState().view), 'replace');
    this.unsubscribe = store.subscribe((state, prev) => {
      if (state.view !== prev.view) this.schedulePush();
    });
    win.addEventListener('popstate', this.apply);
    return this;
  }

  remove(): void {
    this.cancelPush();
    this.unsubscribe?.();
    this.win.removeEventListener('popstate', this.apply);
    this.unsubscribe = null;
    this.store = null;
  }

  /** Reads the address into the store: at start and on back/forward. */
  private apply = () => {
    if (!this.store) return;
    // The entry the user went to wins over a write not yet made.
    this.cancelPush();
    const { view, notices } = parseView(this.win.location.search);
    this.store.getState().applyView(view);
    this.store.getState().addNotices(notices);
  };

  private schedulePush() {
    if (this.pending !== null) return;
    this.pending = this.win.setTimeout(() => {
      this.pending = null;
      if (this.store) this.write(serializeView(this.store.getState().view), 'push');
    }, 0);
  }

  private cancelPush() {
    if (this.pending !== null) this.win.clearTimeout(this.pending);
    this.pending = null;
  }

  private write(search: string, mode: 'push' | 'replace') {
    const { location, history } = this.win;
    if (location.search === search || (search === '' && location.search === '?')) return;
    const url = `${location.pathname}${search}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
}
