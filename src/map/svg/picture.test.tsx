// @vitest-environment jsdom
/**
 * The SVG map's picture as the build renders it: what it draws under the
 * land (the sea, without antialiasing, as a hint to Chromium's rasteriser).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GROUND } from '../../domain/palette';
import { deriveView } from '../../store/derived';
import { DEFAULT_VIEW } from '../../store/url';
import { citiesGeoSchema, contextGeoSchema } from '../../data/schema';
import { loadRepoDataset, readJson } from '../../test/files';
import { mapModel } from '../model';
import { projectToBounds } from '../projection';
import { SvgMapPicture } from './picture';

const shapes = projectToBounds(citiesGeoSchema.parse(readJson('data/guangdong.geojson')), contextGeoSchema.parse(readJson('data/context.geojson')));
const model = mapModel({
  derived: deriveView(loadRepoDataset(), DEFAULT_VIEW),
  lang: 'en',
  selectedCity: null,
  comparedCities: [],
  hoveredCity: null,
  focusedCity: null,
  scheme: 'light',
});
const svg = new DOMParser().parseFromString(renderToStaticMarkup(<SvgMapPicture shapes={shapes} model={model} />), 'image/svg+xml').documentElement;

describe('the SVG map picture', () => {
  it('draws the sea first, without antialiasing, under every point of the land', () => {
    // Unantialiased paint in the picture keeps Chromium from rasterising its tiles with MSAA (docs/performance.md).
    const sea = svg.firstElementChild!;
    expect(sea.tagName).toBe('rect');
    expect(sea.getAttribute('class')).toBe('sea');
    expect(sea.getAttribute('shape-rendering')).toBe('crispEdges');
    expect(sea.getAttribute('fill')).toBe(GROUND.light.sea);
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(sea.getAttribute(a)));
    const points = [...svg.querySelectorAll('path')].flatMap((p) => [...p.getAttribute('d')!.matchAll(/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2])]));
    expect(points.length).toBeGreaterThan(1000);
    for (const [px, py] of points) {
      expect(px).toBeGreaterThan(x!);
      expect(px).toBeLessThan(x! + w!);
      expect(py).toBeGreaterThan(y!);
      expect(py).toBeLessThan(y! + h!);
    }
  });

  it('draws nothing else without antialiasing', () => {
    expect([...svg.querySelectorAll('[shape-rendering]')].map((e) => e.getAttribute('class'))).toEqual(['sea']);
  });
});
