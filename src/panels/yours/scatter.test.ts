import { describe, expect, it } from 'vitest';
import dataset from '../../../data/clusters.json';
import cities from '../../../data/cities.json';
import { computeView } from '../../store/derived';
import type { Dataset } from '../../domain/types';
import { niceTicks, scatterModel } from './scatter';

const data = { clusters: dataset.clusters, cities } as unknown as Pick<Dataset, 'clusters' | 'cities'>;
const derived = computeView(data, { tier: 'all', industries: null, count: 'all' });

describe('the scatter chart of a figure against the cluster count', () => {
  it('round ticks', () => {
    expect(niceTicks(0, 20)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0, 32388)).toEqual([0, 10000, 20000, 30000, 40000]);
    expect(niceTicks(-3, 7, 5)).toEqual([-4, -2, 0, 2, 4, 6, 8]);
  });

  it('places each city with a value, in walking order, and leaves out the rest', () => {
    const values = Object.fromEntries(cities.map((c, i) => [c.adcode, i * 10]));
    delete values['440300'];
    const model = scatterModel(derived, { name: 'x', values });
    expect(model.points).toHaveLength(20);
    expect(model.missing).toEqual(['440300']);
    for (let i = 1; i < model.points.length; i++) expect(model.points[i]!.x).toBeGreaterThanOrEqual(model.points[i - 1]!.x);
    const gz = model.points.find((p) => p.city === '440100')!;
    expect(gz.x).toBe(derived.values.get('440100'));
    expect(gz.px).toBeCloseTo((gz.x / 20) * 560);
    expect(gz.py).toBeCloseTo(360 - (gz.y / model.yMax) * 360);
  });

  it('Pearson r: 1 for a figure that is the count, none under three cities', () => {
    const same = Object.fromEntries([...derived.values].map(([c, v]) => [c, v * 2 + 1]));
    expect(scatterModel(derived, { name: 'x', values: same }).r).toBeCloseTo(1, 10);
    expect(scatterModel(derived, { name: 'x', values: { '440100': 1, '440300': 2 } }).r).toBeNull();
  });
});
