import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { hasWebgl, INITIAL_MAP, svgMapShown, mapStarted, webglAsked, webglDrawn, webglFailed, webglLost, webglMounted, webglRestored, type MapState } from './mapState';

const at = (mode: MapState['mode'], more: Partial<MapState> = {}): MapState => ({ ...INITIAL_MAP, mode, ...more });
const CAMERA = { center: [113.3, 23.1] as [number, number], zoom: 7.5 };

describe('the map state', () => {
  it('starts with the SVG map on a phone that got the build’s page, else with the WebGL map and nothing over it', () => {
    expect(mapStarted(INITIAL_MAP, true)).toEqual(at('svg'));
    expect(mapStarted(INITIAL_MAP, false)).toEqual(at('webgl-starting', { cover: null }));
  });

  it('"Zoom and pan" starts the WebGL map under the SVG map, once', () => {
    expect(webglAsked(at('svg'))).toEqual(at('webgl-starting', { cover: 'first' }));
    expect(webglAsked(at('webgl'))).toEqual(at('webgl'));
    expect(webglAsked(at('static'))).toEqual(at('static'));
  });

  it('the WebGL map drawn is the map; nothing covers it', () => {
    expect(webglDrawn(at('webgl-starting', { cover: 'first' }))).toEqual(at('webgl'));
    // A late idle of a map that has lost its context changes nothing.
    expect(webglDrawn(at('lost'))).toEqual(at('lost'));
    expect(webglDrawn(at('static'))).toEqual(at('static'));
  });

  it('no WebGL map can be had: the SVG map for good, from any state', () => {
    for (const mode of ['svg', 'webgl-starting', 'webgl', 'lost', 'static'] as const) expect(webglFailed(at(mode, { cover: 'first' }))).toEqual(at('static', { failed: 'no-webgl' }));
  });

  it('a lost context puts the SVG map in the WebGL map’s place and keeps the camera', () => {
    expect(webglLost(at('webgl'), CAMERA)).toEqual(at('lost', { camera: CAMERA }));
    expect(webglLost(at('webgl-starting', { cover: 'stand-in', camera: CAMERA }), null)).toEqual(at('lost', { camera: CAMERA }));
    expect(webglLost(at('svg'), CAMERA)).toEqual(at('svg'));
    expect(webglLost(at('static'), CAMERA)).toEqual(at('static'));
  });

  it('a restored context starts a new WebGL map under the stand-in, each time a new one', () => {
    const once = webglRestored(webglLost(at('webgl'), CAMERA));
    expect(once).toEqual(at('webgl-starting', { cover: 'stand-in', generation: 1, camera: CAMERA }));
    const twice = webglRestored(webglLost(webglDrawn(once), CAMERA));
    expect(twice.generation).toBe(2);
    expect(webglDrawn(twice)).toEqual(at('webgl', { generation: 2, camera: CAMERA }));
    expect(webglRestored(at('webgl'))).toEqual(at('webgl'));
  });

  it('says which states have a WebGL map mounted, and whether WebGL is there at all', () => {
    expect((['svg', 'webgl-starting', 'webgl', 'lost', 'static'] as const).filter((m) => webglMounted(at(m)))).toEqual(['webgl-starting', 'webgl', 'lost']);
    expect(hasWebgl(at('static'))).toBe(false);
    expect(hasWebgl(at('lost'))).toBe(true);
  });

  it('says which SVG map is on screen, whether it takes the keys, and its zoom button', () => {
    expect(svgMapShown(at('svg'))).toEqual({ kind: 'first', keys: true, zoom: { busy: false } });
    expect(svgMapShown(at('webgl-starting', { cover: 'first' }))).toEqual({ kind: 'first', keys: false, zoom: { busy: true } });
    expect(svgMapShown(at('webgl-starting', { cover: 'stand-in' }))).toEqual({ kind: 'stand-in', keys: false, zoom: null });
    expect(svgMapShown(at('webgl-starting'))).toBeNull();
    expect(svgMapShown(at('webgl'))).toBeNull();
    expect(svgMapShown(at('lost'))).toEqual({ kind: 'stand-in', keys: true, zoom: null });
    expect(svgMapShown(at('static'))).toEqual({ kind: 'static', keys: true, zoom: null });
  });

  it('the store’s actions apply the transitions', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().startMap(true);
    s().askWebglMap();
    expect(s().map).toMatchObject({ mode: 'webgl-starting', cover: 'first' });
    s().webglMapDrawn();
    s().webglMapLost(CAMERA);
    expect(s().map).toMatchObject({ mode: 'lost', camera: CAMERA });
    s().webglMapRestored();
    expect(s().map).toMatchObject({ mode: 'webgl-starting', cover: 'stand-in', generation: 1 });
    s().webglMapFailed();
    expect(s().map.mode).toBe('static');
  });

  it('keeps what lies over the map, and only a changed box is a change', () => {
    const store = createAppStore();
    const box = { left: 900, top: 60, right: 1280, bottom: 800 };
    store.getState().setMapCover('panel', box);
    const covers = store.getState().mapCovers;
    store.getState().setMapCover('panel', { ...box });
    expect(store.getState().mapCovers).toBe(covers);
    store.getState().setMapCover('panel', null);
    expect(store.getState().mapCovers).toEqual({});
  });
});
