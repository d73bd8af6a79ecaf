import { describe, expect, it } from 'vitest';
import boundaries from '../../../data/locator/boundaries.json';
import cities from '../../../data/cities.json';
import gazetteer from '../../../data/locator/gazetteer.json';
import { orient, parseCoordinate, parseDatum, parsePair, toWgs84 } from './coordinates';
import reference from './fixtures/gcoord-guangdong.json';
import { parseBoundaries, parseGazetteer } from './data';
import { buildJoin } from './join';
import { buildPlaceIndex } from './places';
import { locateSite, type SiteInput } from './site';

const join = buildJoin(parseBoundaries(boundaries));
const names = buildPlaceIndex(parseGazetteer(gazetteer));
const adcodeOf = (zh: string) => cities.find((c) => `${c.name.zh}市` === zh)!.adcode;
const site = (input: Partial<SiteInput>) => locateSite({ city: '', address: '', lon: '', lat: '', pair: '', datum: 'WGS84', ...input }, names, join);

describe('coordinates as files write them', () => {
  it.each([
    ['113.2644', 113.2644, null],
    ['23°07′30″N', 23.125, 'lat'],
    ["113°15'52\"E", 113 + 15 / 60 + 52 / 3600, 'lon'],
    ['113 15 52 E', 113 + 15 / 60 + 52 / 3600, 'lon'],
    ['北纬23.125', 23.125, 'lat'],
    ['22°S', -22, 'lat'],
    ['23,125', 23.125, null],
  ] as const)('%s', (text, value, axis) => {
    const read = parseCoordinate(text);
    expect(read?.value).toBeCloseTo(value, 6);
    expect(read?.axis).toBe(axis);
  });

  it('rejects what is not a coordinate', () => {
    for (const text of ['', 'abc', '23°75′N', '=1+1', '1e400']) expect(parseCoordinate(text)).toBeNull();
  });

  it('reads a pair in one cell, either order', () => {
    expect(parsePair('23.129, 113.264')).toMatchObject({ first: { value: 23.129 }, second: { value: 113.264 } });
    expect(parsePair('113.264 23.129')).toMatchObject({ first: { value: 113.264 }, second: { value: 23.129 } });
    expect(parsePair('23°07′N 113°15′E')).toMatchObject({ first: { axis: 'lat' }, second: { axis: 'lon' } });
  });

  it('notices latitude and longitude swapped', () => {
    expect(orient({ value: 23.1, axis: null }, { value: 113.2, axis: null })).toEqual({ lon: 113.2, lat: 23.1, swapped: true });
    expect(orient({ value: 113.2, axis: null }, { value: 23.1, axis: null })).toEqual({ lon: 113.2, lat: 23.1, swapped: false });
    expect(orient({ value: 23.1, axis: 'lat' }, { value: 113.2, axis: 'lon' })).toMatchObject({ swapped: true });
  });

  it('knows the datums by their names', () => {
    expect(['WGS84', 'wgs-84', 'GPS', 'GCJ-02', '高德', 'Amap', 'BD09', '百度', 'baidu', 'x'].map(parseDatum)).toEqual([
      'WGS84', 'WGS84', 'WGS84', 'GCJ02', 'GCJ02', 'GCJ02', 'BD09', 'BD09', 'BD09', null,
    ]);
  });
});

describe('datum conversion, against gcoord’s published reference points in Guangdong', () => {
  it.each(reference.points.map((p) => [`${p.city}${p.district}`, p] as const))('%s', (_, p) => {
    for (const datum of ['GCJ02', 'BD09'] as const) {
      const [lon, lat] = toWgs84(p[datum][0]!, p[datum][1]!, datum);
      // 1e-4 degree is about 11 m; the reference rounds and the inverse is iterative.
      expect(Math.abs(lon - p.WGS84[0]!)).toBeLessThan(1e-4);
      expect(Math.abs(lat - p.WGS84[1]!)).toBeLessThan(1e-4);
    }
  });
});

describe('the join', () => {
  it.each(reference.points.map((p) => [`${p.city}${p.district}`, p] as const))('%s: each datum lands in its city', (_, p) => {
    for (const datum of ['WGS84', 'GCJ02', 'BD09'] as const) {
      const found = site({ lon: String(p[datum][0]), lat: String(p[datum][1]), datum });
      expect(found).toMatchObject({ status: 'located', city: adcodeOf(p.city), by: 'coordinates' });
    }
  });

  it('a point in Hong Kong, Macau, another province or the sea is outside, never the nearest city', () => {
    expect(site({ lon: '114.1694', lat: '22.3193' })).toMatchObject({ status: 'outside', area: '810000' }); // Hong Kong, Central
    expect(site({ lon: '113.5439', lat: '22.1987' })).toMatchObject({ status: 'outside', area: '820000' }); // Macau
    expect(site({ lon: '110.3312', lat: '20.0311' })).toMatchObject({ status: 'outside', area: null }); // Haikou, Hainan
    expect(site({ lon: '119.2965', lat: '26.0745' })).toMatchObject({ status: 'outside', area: null }); // Fuzhou
    const sea = site({ lon: '114.5', lat: '21.8' });
    expect(sea.status).toBe('outside');
  });

  it('offers the near cities of a point just off the coast, for a pick by hand', () => {
    const found = site({ lon: '113.62', lat: '22.05' });
    expect(found.status).toBe('outside');
    if (found.status === 'outside') expect(found.candidates.map((c) => c.city)).toContain('440400');
  });

  it('a swapped pair is located and said to be swapped', () => {
    expect(site({ lon: '23.1291', lat: '113.2644' })).toMatchObject({ status: 'located', city: '440100', swapped: true });
  });

  it('coordinates outrank names; unreadable coordinates fall back to names and say so', () => {
    expect(site({ city: '深圳', lon: '113.2644', lat: '23.1291' })).toMatchObject({ city: '440100', by: 'coordinates' });
    expect(site({ city: '深圳', lon: 'n/a', lat: '?' })).toMatchObject({ city: '440300', by: 'city' });
    expect(site({ lon: 'n/a', lat: '?' })).toMatchObject({ status: 'none', reason: 'bad-coordinates' });
    expect(site({})).toMatchObject({ status: 'none', reason: 'empty' });
  });
});
