import { describe, expect, it } from 'vitest';
import { citiesGeoSchema, contextGeoSchema } from '../data/schema';
import { deriveView } from '../store/derived';
import { DEFAULT_VIEW } from '../store/url';
import { loadRepoDataset, readJson } from '../test/files';
import { projectToBounds } from './projection';
import { cityLabelBox, mapLabels, placeLabel, textBox, textWidth } from './labels';

const bounds = { x0: 0, y0: 0, x1: 500, y1: 500 };

describe('placeLabel', () => {
  it('centres the name on its point where nothing is in the way', () => {
    expect(placeLabel([100, 100], 'Macau', 11, [], bounds)).toMatchObject({ x: 100, anchor: 'middle' });
  });

  it('moves the name beside its point when a city label covers the centre', () => {
    const zhuhai = textBox(75, 104, textWidth('Zhuhai', 12), 12, 'middle');
    const placed = placeLabel([100, 100], 'Macau', 11, [zhuhai], bounds)!;
    expect(placed.anchor).not.toBe('middle');
    expect(placed.box.x0 >= zhuhai.x1 || placed.box.x1 <= zhuhai.x0 || placed.box.y0 >= zhuhai.y1 || placed.box.y1 <= zhuhai.y0).toBe(true);
  });

  it('gives up where every position is taken or out of bounds, as the map leaves the name out', () => {
    expect(placeLabel([2, 2], 'Hong Kong', 11, [{ x0: 0, y0: 0, x1: 60, y1: 60 }], { x0: 0, y0: 0, x1: 60, y1: 60 })).toBeNull();
  });

  it('measures CJK text wider per character than Latin', () => {
    expect(textWidth('香港', 10)).toBe(20);
    expect(textWidth('HK', 10)).toBeCloseTo(12);
  });
});

describe('mapLabels with fit (the SVG map on a phone)', () => {
  const dataset = loadRepoDataset();
  const projected = projectToBounds(
    citiesGeoSchema.parse(readJson('data/guangdong.geojson')),
    contextGeoSchema.parse(readJson('data/context.geojson')),
  );
  const frame = { x0: 0, y0: 0, x1: projected.width, y1: projected.height };
  const derived = deriveView(dataset, DEFAULT_VIEW);
  // The sizes of 11 px type on a 390 px wide screen (about 0.36 px per unit).
  const sizes = { city: 11 / 0.36, context: 10.5 / 0.36, lineHeight: 1.15 };

  it('keeps the labels that fit, none overlapping, the most-targeted city first', () => {
    const { cities } = mapLabels(projected, derived, 'en', sizes, frame, true);
    expect(cities.length).toBeGreaterThan(8);
    expect(cities.length).toBeLessThan(21);
    expect(cities.map((c) => c.adcode)).toContain(derived.ranking[0]!.adcode);
    const boxes = cities.map((c) => cityLabelBox(c.label, [c.name, c.value], sizes));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.x0 >= b.x1 || b.x0 >= a.x1 || a.y0 >= b.y1 || b.y0 >= a.y1).toBe(true);
    // Each one left out would have overlapped one kept that ranks above it.
    const rank = new Map(derived.ranking.map((r, i) => [r.adcode, i]));
    const all = mapLabels(projected, derived, 'en', sizes, frame).cities;
    for (const c of all.filter((c) => !cities.some((k) => k.adcode === c.adcode))) {
      const box = cityLabelBox(c.label, [c.name, c.value], sizes);
      const blockers = cities.filter((k) => {
        const kb = cityLabelBox(k.label, [k.name, k.value], sizes);
        const pad = sizes.city * 0.4;
        return box.x0 < kb.x1 + pad && kb.x0 < box.x1 + pad && box.y0 < kb.y1 + pad && kb.y0 < box.y1 + pad;
      });
      expect(blockers.some((k) => rank.get(k.adcode)! <= rank.get(c.adcode)!), c.name).toBe(true);
    }
  });

  it('keeps every label when there is room (the exports are never thinned)', () => {
    const big = { city: 2, context: 2, lineHeight: 1.15 };
    expect(mapLabels(projected, derived, 'en', big, frame, true).cities).toHaveLength(21);
    expect(mapLabels(projected, derived, 'en', sizes, frame).cities).toHaveLength(21);
  });
});
