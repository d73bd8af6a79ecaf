import { describe, expect, it } from 'vitest';
import { loadRepoDataset, readJson } from '../test/files';
import { CITY_CODES } from './cityCodes';
import { compareCities } from './compare';
import { ROLES } from './types';

const dataset = loadRepoDataset();
const FOSHAN = '440600';
const ZHAOQING = '441200';
const ZHANJIANG = '440800';

describe('CITY_CODES', () => {
  it('is data/cities.json in its order', () => {
    const cities = readJson('data/cities.json') as { adcode: string }[];
    expect(cities.map((c) => c.adcode)).toEqual([...CITY_CODES]);
  });
});

describe('compareCities', () => {
  const targets = (id: string, city: string) => dataset.clusters.find((c) => c.id === id)!.targets.some((t) => t.city === city);

  it('splits the clusters that target any of the cities into shared and some, in the policy order', () => {
    const cmp = compareCities(dataset.clusters, [FOSHAN, ZHAOQING]);
    const ids = (rows: { cluster: { id: string } }[]) => rows.map((r) => r.cluster.id);
    const order = dataset.clusters.map((c) => c.id);
    expect(ids(cmp.shared)).toEqual(order.filter((id) => targets(id, FOSHAN) && targets(id, ZHAOQING)));
    expect(ids(cmp.some)).toEqual(order.filter((id) => targets(id, FOSHAN) !== targets(id, ZHAOQING)));
    expect(cmp.alone).toEqual([
      order.filter((id) => targets(id, FOSHAN) && !targets(id, ZHAOQING)).length,
      order.filter((id) => !targets(id, FOSHAN) && targets(id, ZHAOQING)).length,
    ]);
  });

  it('gives each city its roles, basis and quotes, or nothing, in the order compared', () => {
    const cmp = compareCities(dataset.clusters, [ZHANJIANG, FOSHAN]);
    for (const row of [...cmp.shared, ...cmp.some])
      [ZHANJIANG, FOSHAN].forEach((city, i) => {
        const quotes = row.cluster.targets.filter((t) => t.city === city);
        expect(row.quotes[i]).toEqual(quotes);
        expect(row.cells[i] === null).toBe(quotes.length === 0);
        if (row.cells[i]) expect(row.cells[i]!.roles).toEqual(ROLES.filter((r) => quotes.some((t) => t.role === r)));
      });
  });

  it('counts a cluster as one city’s alone only when it targets none of the others', () => {
    const three = compareCities(dataset.clusters, [FOSHAN, ZHAOQING, ZHANJIANG]);
    const aloneRows = three.some.filter((r) => r.cells.filter(Boolean).length === 1);
    expect(three.alone.reduce((a, b) => a + b, 0)).toBe(aloneRows.length);
    expect(three.shared.every((r) => r.cells.every(Boolean))).toBe(true);
  });
});
