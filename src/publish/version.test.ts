import { describe, expect, it } from 'vitest';
import { answerVersion, askVersion, BUILD_ID, cachesToRetire, precacheName } from './version';

describe('cachesToRetire', () => {
  const names = ['workbox-precache-v2-http://h/', 'gd-fonts', 'gd-pdf', precacheName('a'), 'other-app-cache', precacheName('b'), precacheName('c')];

  it('deletes the earlier versions’ caches once every open page runs this version', () => {
    expect(cachesToRetire(names, 'b', ['b', 'b'])).toEqual(['workbox-precache-v2-http://h/', 'gd-fonts', 'gd-pdf', precacheName('a')]);
  });

  it('keeps them while a page runs an older version, or one did not answer', () => {
    expect(cachesToRetire(names, 'b', ['b', 'a'])).toEqual([]);
    expect(cachesToRetire(names, 'b', ['b', null])).toEqual([]);
  });

  it('never deletes a version made after its own (one installing or waiting), nor its own', () => {
    expect(cachesToRetire(names, 'b', [])).not.toContain(precacheName('c'));
    expect(cachesToRetire(names, 'c', ['c'])).toEqual(['workbox-precache-v2-http://h/', 'gd-fonts', 'gd-pdf', precacheName('a'), precacheName('b')]);
  });

  it('deletes nothing where its own cache is not there yet', () => {
    expect(cachesToRetire(names, 'd', ['d'])).toEqual([]);
  });
});

describe('askVersion', () => {
  it('gets the answer a page gives', async () => {
    const page = { postMessage: (data: unknown, ports: Transferable[]) => answerVersion({ data, ports: ports as MessagePort[] }) };
    await expect(askVersion(page, 1000)).resolves.toBe(BUILD_ID);
  });

  it('gives null for one that does not answer', async () => {
    await expect(askVersion({ postMessage: () => {} }, 20)).resolves.toBeNull();
  });
});
