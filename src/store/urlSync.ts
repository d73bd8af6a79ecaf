/**
 * Keeps the address bar and the store's view in step, in the manner of
 * maplibre's Hash: one small object with addTo/remove. Each change of view is
 * a history entry (so back/forward step through views); popstate applies the
 * entry's view without writing history again.
 */
import type { AppStore } from './store';
import { parseView, serializeView } from './url';

export class UrlSync {
  private unsubscribe: (() => void) | null = null;

  addTo(store: AppStore, win: Window = window): this {
    const { view, notices } = parseView(win.location.search);
    store.getState().applyView(view);
    store.getState().addNotices(notices);
    // Normalise the address once (dropped values disappear) without a new entry.
    this.write(win, serializeView(view), 'replace');

    this.unsubscribe = store.subscribe((state, prev) => {
      if (state.view !== prev.view) this.write(win, serializeView(state.view), 'push');
    });
    win.addEventListener('popstate', this.onPopState);
    this.store = store;
    this.win = win;
    return this;
  }

  remove(): void {
    this.unsubscribe?.();
    this.win?.removeEventListener('popstate', this.onPopState);
    this.unsubscribe = null;
  }

  private store: AppStore | null = null;
  private win: Window | null = null;

  private onPopState = () => {
    if (!this.store || !this.win) return;
    const { view, notices } = parseView(this.win.location.search);
    this.store.getState().applyView(view);
    this.store.getState().addNotices(notices);
  };

  private write(win: Window, search: string, mode: 'push' | 'replace') {
    if (win.location.search === search || (search === '' && win.location.search === '?')) return;
    const url = `${win.location.pathname}${search}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  }
}
