// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerOffline } from './offline';

/** A stand-in for the browser's service worker container and one registration. */
function fakeServiceWorker(controller: object | null) {
  const worker = Object.assign(new EventTarget(), { state: 'installing' });
  const registration = Object.assign(new EventTarget(), { installing: worker });
  const container = { register: vi.fn(async () => registration), controller };
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  vi.stubGlobal('requestIdleCallback', (run: () => void) => run());
  const activate = () => {
    registration.dispatchEvent(new Event('updatefound'));
    worker.state = 'activated';
    worker.dispatchEvent(new Event('statechange'));
  };
  return { container, activate };
}

describe('registerOffline', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('registers the worker at the app root, and says so when a new version has replaced a running one', async () => {
    vi.stubEnv('DEV', false);
    const { container, activate } = fakeServiceWorker({});
    const onUpdate = vi.fn();
    registerOffline(onUpdate);
    await vi.waitFor(() => expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' }));
    await Promise.resolve();
    activate();
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('says nothing on the first install, when no older version was running', async () => {
    vi.stubEnv('DEV', false);
    const { container, activate } = fakeServiceWorker(null);
    const onUpdate = vi.fn();
    registerOffline(onUpdate);
    await vi.waitFor(() => expect(container.register).toHaveBeenCalled());
    await Promise.resolve();
    activate();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('registers nothing on the dev server', () => {
    vi.stubEnv('DEV', true);
    const { container } = fakeServiceWorker(null);
    registerOffline(() => {});
    expect(container.register).not.toHaveBeenCalled();
  });
});
