import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRepoDataset, repoRoot } from '../test/files';

/** Serves the repo's data files as the app's fetch sees them; `edit` may change a file's text on the way. */
function serveData(edit: (file: string, text: string) => string = (_, text) => text, requests: string[] = []) {
  vi.stubGlobal('fetch', async (url: string) => {
    requests.push(url);
    const file = path.basename(new URL(url, 'http://localhost').pathname).replace(/\?.*$/, '');
    return new Response(edit(file, readFileSync(path.join(repoRoot, 'data', file), 'utf8')));
  });
}

/** load.ts with the schema module watched: which of its validators ran. */
async function loadModule() {
  vi.resetModules();
  const validated: string[] = [];
  vi.doMock('./schema', async (importOriginal) => {
    const schema = await importOriginal<typeof import('./schema')>();
    return {
      ...schema,
      parseDataset: (...args: Parameters<typeof schema.parseDataset>) => (validated.push('dataset'), schema.parseDataset(...args)),
      parseDataFile: ((...args: Parameters<typeof schema.parseDataFile>) => (validated.push(args[0]), schema.parseDataFile(...args))) as typeof schema.parseDataFile,
    };
  });
  return { load: await import('./load'), DataFileError: (await import('./files')).DataFileError, validated };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('./schema');
});

describe('loading the data files', () => {
  it('uses the files the build validated as they are, without validating them again', async () => {
    serveData();
    const { load, validated } = await loadModule();
    const { dataset, geo } = await load.loadDataset();
    const context = await load.loadContext();
    const expected = loadRepoDataset();
    expect(dataset).toEqual({ source: expected.source, clusters: expected.clusters, cities: expected.cities, regions: expected.regions });
    expect(geo).toEqual(expected.geo);
    expect(context.features.length).toBeGreaterThan(0);
    expect(validated).toEqual([]);
  });

  it('validates a file that differs from the build’s, and uses it when it is valid', async () => {
    serveData((file, text) => {
      if (file !== 'clusters.json') return text;
      const doc = JSON.parse(text);
      doc.clusters[0].notes.push({ kind: 'repair', ja: '注', en: 'A note the build never saw.', zh: '注' });
      return JSON.stringify(doc);
    });
    const { load, validated } = await loadModule();
    const { dataset } = await load.loadDataset();
    expect(validated).toContain('dataset');
    expect(dataset.clusters[0]!.notes.map((n) => n.en)).toContain('A note the build never saw.');
  });

  it('names the file, the record and the field of a broken file', async () => {
    serveData((file, text) => (file === 'cities.json' ? text.replace('"440100"', '"ZH"') : text));
    const { load, DataFileError } = await loadModule();
    const error = await load.loadDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as InstanceType<typeof DataFileError>).file).toBe('data/cities.json');
    expect((error as InstanceType<typeof DataFileError>).problems.join('\n')).toMatch(/\[\d+\] \(ZH\)\.adcode/);
  });

  it('says a file is not JSON', async () => {
    serveData((file, text) => (file === 'context.geojson' ? text.slice(0, 100) : text));
    const { load } = await loadModule();
    await expect(load.loadContext()).rejects.toThrow('data/context.geojson: not valid JSON');
  });

  it('validates every file where the page has no SubtleCrypto (not a secure context)', async () => {
    serveData();
    vi.stubGlobal('crypto', {});
    const { load, validated } = await loadModule();
    await load.loadDataset();
    expect(validated).toContain('dataset');
  });

  it('validates a file whose digest cannot be computed', async () => {
    serveData();
    vi.stubGlobal('crypto', { subtle: { digest: () => Promise.reject(new Error('not supported')) } });
    const { load, validated } = await loadModule();
    expect((await load.loadDataset()).dataset.cities).toHaveLength(21);
    expect(validated).toContain('dataset');
  });

  it('hands the app the loads the page started, once; a retry loads afresh', async () => {
    const requests: string[] = [];
    serveData(undefined, requests);
    const { load } = await loadModule();
    load.startLoads();
    expect(requests).toHaveLength(5);
    await load.takeLoad('dataset');
    await load.takeLoad('context');
    expect(requests).toHaveLength(5);
    await load.takeLoad('dataset');
    expect(requests).toHaveLength(9);
  });
});
