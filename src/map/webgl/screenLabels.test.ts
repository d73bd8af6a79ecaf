// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { citiesGeoSchema, contextGeoSchema } from '../../data/schema';
import { deriveView } from '../../store/derived';
import { DEFAULT_VIEW } from '../../store/url';
import { loadRepoDataset, readJson } from '../../test/files';
import { cityLabelSize, screenLabels, type LabelledMap } from './screenLabels';

const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const context = contextGeoSchema.parse(readJson('data/context.geojson'));
const dataset = loadRepoDataset();
const derived = deriveView(dataset, DEFAULT_VIEW);
const GUANGZHOU = '440100';

/**
 * A map as the labels see it: an 800 × 600 container and a plain
 * equirectangular projection, `scale` pixels a degree, `offset` pixels panned.
 */
function fakeMap() {
  const container = document.createElement('div');
  Object.defineProperties(container, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  document.body.append(container);
  const camera = { scale: 120, offset: [0, 0], zoom: 6.5 };
  const handlers = new Set<() => void>();
  const map = {
    getContainer: () => container,
    getZoom: () => camera.zoom,
    project: ([lon, lat]: [number, number]) => ({ x: (lon - 109.5) * camera.scale + camera.offset[0]!, y: (25.6 - lat) * camera.scale + camera.offset[1]! }),
    on: (type: string, fn: () => void) => void (type === 'render' && handlers.add(fn)),
    off: (type: string, fn: () => void) => void handlers.delete(fn),
  } as unknown as LabelledMap;
  /** A frame the map draws. */
  const render = () => handlers.forEach((fn) => fn());
  return { map, container, camera, render, handlers };
}

const shownCities = (svg: SVGSVGElement) => [...svg.querySelectorAll<SVGTextElement>('.svg-map-label')].filter((t) => t.getAttribute('display') !== 'none');
const position = (t: Element) => t.getAttribute('transform')!.match(/translate\(([-\d.]+) ([-\d.]+)\)/)!.slice(1).map(Number);

describe('ScreenLabels', () => {
  it("writes each city's name and value at the point the map projects, in the language's font", () => {
    const { map, container } = fakeMap();
    const labels = screenLabels(map);
    labels.show({ geo, context, derived, lang: 'en' });
    expect(container.querySelector('[data-testid=map-labels]')).toBe(labels.svg);
    expect(labels.svg.getAttribute('aria-hidden')).toBe('true');
    expect(labels.svg.getAttribute('font-family')).toBe('"Noto Sans JP"');
    const gz = labels.svg.querySelector(`[data-adcode="${GUANGZHOU}"]`)!;
    const count = derived.ranking.find((r) => r.adcode === GUANGZHOU)!.value;
    expect(gz.textContent).toBe(`Guangzhou${count}`);
    const f = geo.features.find((g) => g.properties.adcode === GUANGZHOU)!.properties;
    const p = map.project([f.label_lon, f.label_lat]);
    expect(position(gz)[0]).toBeCloseTo(p.x, 0);
    expect(position(gz)[1]).toBeCloseTo(p.y, 0);
    expect([...labels.svg.querySelectorAll('.svg-map-context-label')].map((t) => t.textContent)).toEqual(expect.arrayContaining(['Hong Kong', 'Macau']));

    labels.show({ geo, context, derived, lang: 'zh' });
    expect(gz.textContent).toBe(`广州${count}`);
    expect(labels.svg.getAttribute('font-family')).toBe('"Noto Sans SC"');
  });

  it('moves with the map in the frame it draws, and grows with the zoom as the exported map does', () => {
    const { map, camera, render } = fakeMap();
    const labels = screenLabels(map);
    labels.show({ geo, context, derived, lang: 'en' });
    const gz = labels.svg.querySelector(`[data-adcode="${GUANGZHOU}"]`)!;
    const [x, y] = position(gz);
    camera.offset = [-40, 25];
    render();
    expect(position(gz)).toEqual([x! - 40, y! + 25]);
    const cityGroup = gz.parentElement!;
    expect(Number(cityGroup.getAttribute('font-size'))).toBeCloseTo(cityLabelSize(6.5), 0);
    camera.zoom = 8;
    render();
    expect(Number(cityGroup.getAttribute('font-size'))).toBeCloseTo(cityLabelSize(8), 0);
    expect([cityLabelSize(4), cityLabelSize(5), cityLabelSize(7), cityLabelSize(9), cityLabelSize(10)]).toEqual([11, 11, 13.5, 16, 16]);
  });

  it('leaves out the less-targeted city of two whose labels would overlap, and shows it again when there is room', () => {
    const { map, camera, render } = fakeMap();
    const labels = screenLabels(map);
    labels.show({ geo, context, derived, lang: 'en' });
    const all = shownCities(labels.svg).length;
    // Zoomed far out: the cities' points crowd together.
    camera.scale = 15;
    render();
    const crowded = shownCities(labels.svg).map((t) => t.dataset.adcode);
    expect(crowded.length).toBeLessThan(all);
    expect(crowded).toContain(derived.ranking[0]!.adcode);
    camera.scale = 120;
    render();
    expect(shownCities(labels.svg)).toHaveLength(all);
  });

  it('draws the names as placed into a printed picture, and stops following the map once removed', () => {
    const { map, container, handlers } = fakeMap();
    const labels = screenLabels(map);
    labels.show({ geo, context, derived, lang: 'ja' });
    const written: { text: string; x: number; font: string }[] = [];
    const scales: number[] = [];
    const ctx = {
      save: () => {},
      restore: () => {},
      scale: (r: number) => scales.push(r),
      font: '',
      strokeText: () => {},
      fillText: (text: string, x: number) => written.push({ text, x, font: ctx.font }),
    };
    labels.drawLabels(ctx as unknown as CanvasRenderingContext2D, 2);
    expect(scales).toEqual([2]);
    const names = shownCities(labels.svg).map((t) => t.firstChild!.textContent);
    expect(written.map((w) => w.text)).toEqual(expect.arrayContaining([...names, '香港', 'マカオ']));
    expect(written.every((w) => w.font.includes('"Noto Sans JP"'))).toBe(true);

    labels.remove();
    expect(container.querySelector('[data-testid=map-labels]')).toBeNull();
    expect(handlers.size).toBe(0);
  });
});
