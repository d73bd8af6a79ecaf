import { describe, expect, it } from 'vitest';
import boundaries from '../../../data/locator/boundaries.json';
import gazetteer from '../../../data/locator/gazetteer.json';
import { buildBoundaries, buildGazetteer } from '../../../scripts/build-locator';
import { parseBoundaries, parseGazetteer } from './data';

describe('the locator data files', () => {
  it('are valid', () => {
    expect(() => parseGazetteer(gazetteer)).not.toThrow();
    expect(() => parseBoundaries(boundaries)).not.toThrow();
  });

  it('are what scripts/build-locator.ts writes (run `npm run data:locator` after changing it)', async () => {
    expect(JSON.parse(JSON.stringify(await buildGazetteer()))).toEqual(gazetteer);
    expect(JSON.parse(JSON.stringify(await buildBoundaries()))).toEqual(boundaries);
  });

  it('a broken file is refused', () => {
    expect(() => parseGazetteer({ ...gazetteer, places: [['x']] })).toThrow();
    expect(() => parseBoundaries({ ...boundaries, areas: [] })).toThrow();
  });
});
