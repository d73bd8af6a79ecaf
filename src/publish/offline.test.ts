// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerOffline, reloadIntoUpdate } from './offline';
import { ASK_VERSION, BUILD_ID, PAGE_RUNNING, SKIP_WAITING } from './version';

/** A stand-in for a service worker of `version`: it answers ASK_VERSION on the port it is sent, and records the rest. */
function fakeWorker(version: string | null, state = 'installing') {
  const received: unknown[] = [];
  const worker = Object.assign(new EventTarget(), {
    state,
    received,
    postMessage(message: { type: string }, ports: MessagePort[] = []) {
      received.push(message.type);
      if (message.type === ASK_VERSION && version !== null) ports[0]!.postMessage({ version });
    },
  });
  return worker;
}
type FakeWorker = ReturnType<typeof fakeWorker>;

/** The browser's service worker container, with one registration. */
function fakeContainer(controller: FakeWorker | null, waiting: FakeWorker | null = null) {
  const registration = Object.assign(new EventTarget(), { installing: null as FakeWorker | null, waiting, update: vi.fn(async () => {}) });
  const container = Object.assign(new EventTarget(), {
    register: vi.fn(async () => registration),
    getRegistration: vi.fn(async () => registration),
    controller,
    onmessage: null as ((event: MessageEvent) => void) | null,
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  /** A new worker installs beside the running one and waits. */
  const install = (worker: FakeWorker) => {
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    registration.installing = null;
    registration.waiting = worker;
    worker.dispatchEvent(new Event('statechange'));
  };
  return { container, registration, install };
}

const registered = async (onUpdate: () => void, container: { register: ReturnType<typeof vi.fn> }) => {
  registerOffline(onUpdate);
  await vi.waitFor(() => expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' }));
  await new Promise((resolve) => setTimeout(resolve));
};

describe('registerOffline', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it('offers a new version that installed while the page runs, and tells its own worker the page is running', async () => {
    vi.stubEnv('DEV', false);
    const running = fakeWorker(BUILD_ID, 'activated');
    const { container, install } = fakeContainer(running);
    const onUpdate = vi.fn();
    await registered(onUpdate, container);
    expect(running.received).toContain(PAGE_RUNNING);
    install(fakeWorker('next'));
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(1));
  });

  it('offers nothing when the waiting worker is the version this page already runs', async () => {
    vi.stubEnv('DEV', false);
    const { container, install } = fakeContainer(fakeWorker('older', 'activated'));
    const onUpdate = vi.fn();
    await registered(onUpdate, container);
    const same = fakeWorker(BUILD_ID);
    install(same);
    await vi.waitFor(() => expect(same.received).toContain(ASK_VERSION));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('offers a version already waiting when the page starts, and one that took over in another tab', async () => {
    vi.stubEnv('DEV', false);
    const { container } = fakeContainer(fakeWorker(BUILD_ID, 'activated'), fakeWorker('next', 'installed'));
    const onUpdate = vi.fn();
    await registered(onUpdate, container);
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(1));
    container.controller = fakeWorker('next', 'activated');
    container.dispatchEvent(new Event('controllerchange'));
    await vi.waitFor(() => expect(onUpdate).toHaveBeenCalledTimes(2));
  });

  it('says nothing on the first install, when no older version was running', async () => {
    vi.stubEnv('DEV', false);
    const { container, install } = fakeContainer(null);
    const onUpdate = vi.fn();
    await registered(onUpdate, container);
    install(fakeWorker(BUILD_ID));
    // The first worker claims the page: the same version.
    container.controller = fakeWorker(BUILD_ID, 'activated');
    container.dispatchEvent(new Event('controllerchange'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('answers the worker that asks which version the page runs', async () => {
    vi.stubEnv('DEV', false);
    const { container } = fakeContainer(null);
    await registered(() => {}, container);
    const channel = new MessageChannel();
    const answer = new Promise((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
    container.onmessage!(new MessageEvent('message', { data: { type: ASK_VERSION }, ports: [channel.port2] }));
    await expect(answer).resolves.toEqual({ version: BUILD_ID });
    channel.port1.close();
  });

  it('registers nothing on the dev server', () => {
    vi.stubEnv('DEV', true);
    const { container } = fakeContainer(null);
    registerOffline(() => {});
    expect(container.register).not.toHaveBeenCalled();
  });
});

describe('reloadIntoUpdate', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets the waiting worker take over, then reloads the page at its address', async () => {
    const waiting = fakeWorker('next', 'installed');
    const { container } = fakeContainer(fakeWorker(BUILD_ID, 'activated'), waiting);
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    await reloadIntoUpdate();
    expect(waiting.received).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
