// @vitest-environment jsdom
/**
 * A lazy part whose code cannot be loaded: its place says so in the reader's
 * language, with a retry and a reload, while what is around it stays.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { t } from '../i18n/strings';
import { lazyPart } from './lazyPart';
import { useAppStore } from './store';

// React's act() outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host, { onCaughtError: () => {} });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

const chunkGone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/Part-x.js'));
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
/** The part beside the rest of the page (a stand-in "map"), once its load has settled. */
async function renderBesideMap(Part: React.ComponentType) {
  act(() =>
    root.render(
      <>
        <p>map</p>
        <Part />
      </>,
    ),
  );
  await flush();
}

describe('lazyPart', () => {
  it('says in its place, in the reader’s language, that it could not be loaded; the rest of the page stays', async () => {
    useAppStore.getState().setLang('zh');
    const { Part } = lazyPart('city-panel', chunkGone, () => () => <p>panel</p>);
    await renderBesideMap(Part);
    const failed = host.querySelector('[data-testid=part-failed]')!;
    expect(failed.getAttribute('data-part')).toBe('city-panel');
    expect(failed.getAttribute('role')).toBe('alert');
    expect(failed.textContent).toContain(t('zh', 'partFailed'));
    expect([...failed.querySelectorAll('button')].map((b) => b.textContent)).toEqual([t('zh', 'retry'), t('zh', 'reloadView')]);
    expect(host.textContent).toContain('map');
  });

  it('loads again on "retry", and shows the part once its code is in', async () => {
    useAppStore.getState().setLang('en');
    const load = vi.fn<() => Promise<{ Panel: () => React.JSX.Element }>>(chunkGone).mockImplementation(async () => ({ Panel: () => <p>panel</p> }));
    load.mockImplementationOnce(chunkGone);
    const { Part } = lazyPart('table', load, (m: { Panel: () => React.JSX.Element }) => m.Panel);
    act(() => root.render(<Part />));
    await flush();
    expect(host.textContent).toContain(t('en', 'partFailed'));
    act(() => host.querySelector<HTMLButtonElement>('[data-testid=part-failed] button')!.click());
    await flush();
    expect(load).toHaveBeenCalledTimes(2);
    expect(host.textContent).toBe('panel');
  });

  it('asked for ahead and failed, it is asked for again where it is shown', async () => {
    const load = vi.fn<() => Promise<{ Card: () => React.JSX.Element }>>(chunkGone).mockImplementation(async () => ({ Card: () => <p>card</p> }));
    load.mockImplementationOnce(chunkGone);
    const part = lazyPart('cluster-card', load, (m: { Card: () => React.JSX.Element }) => m.Card);
    await expect(part.preload()).rejects.toThrow(/dynamically imported module/);
    act(() => root.render(<part.Part />));
    await flush();
    expect(host.textContent).toBe('card');
  });

  it('a part that fails as it draws is contained too', async () => {
    const Broken = () => {
      throw new Error('broken');
    };
    const { Part } = lazyPart('atlas', async () => ({ Broken }), (m) => m.Broken);
    await renderBesideMap(Part);
    expect(host.querySelector('[data-part=atlas]')).not.toBeNull();
    expect(host.textContent).toContain('map');
  });
});
