import { describe, expect, it } from 'vitest';
import { citiesGeoSchema } from '../../data/schema';
import { neighbourGraph } from './neighbours';
import { deriveView } from '../../store/derived';
import { DEFAULT_VIEW } from '../../store/url';
import { loadRepoDataset, readJson } from '../../test/files';
import { cityAnnouncement, mapKeyAction, PAN_STEP, rankingOrder, type KeyPress } from './mapKeys';
import { paddingFor } from '../webgl/keepInView';

const dataset = loadRepoDataset();
const graph = neighbourGraph(citiesGeoSchema.parse(readJson('data/guangdong.geojson')));
const derived = deriveView(dataset, DEFAULT_VIEW);
const order = rankingOrder(derived);
const GUANGZHOU = '440100';
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });
const act = (key: string, mods: Partial<KeyPress> = {}, at = GUANGZHOU, canMove = true) => mapKeyAction(press(key, mods), at, { graph, order, canMove });

describe('mapKeyAction', () => {
  it('moves along the neighbour graph with the arrows', () => {
    expect(act('ArrowRight')).toEqual({ kind: 'move', city: graph.get(GUANGZHOU)!.right });
    expect(act('ArrowRight')).toEqual({ kind: 'move', city: '441300' }); // Huizhou
    for (const [key, dir] of [['ArrowUp', 'up'], ['ArrowDown', 'down'], ['ArrowLeft', 'left']] as const)
      expect(act(key)).toEqual({ kind: 'move', city: graph.get(GUANGZHOU)![dir] });
  });

  it('leaves an arrow with no neighbour that way, and every key with Ctrl, Alt or Meta, to the browser', () => {
    const edge = [...graph].find(([, n]) => !n.down)!;
    expect(act('ArrowDown', {}, edge[0])).toBeNull();
    expect(act('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(act('+', { metaKey: true })).toBeNull();
    expect(act('Enter', { altKey: true })).toBeNull();
    expect(act('Tab')).toBeNull();
  });

  it('goes to the ranking\'s first and last city with Home and End', () => {
    expect(act('Home', {}, order[10])).toEqual({ kind: 'move', city: order[0] });
    expect(act('End')).toEqual({ kind: 'move', city: order[order.length - 1] });
  });

  it('opens the city with Enter or Space, and lists the keys with ?', () => {
    expect(act('Enter')).toEqual({ kind: 'open', city: GUANGZHOU });
    expect(act(' ')).toEqual({ kind: 'open', city: GUANGZHOU });
    expect(act('?', { shiftKey: true })).toEqual({ kind: 'help' });
  });

  it('pans with Shift and the arrows and zooms with + and −, only where the map moves', () => {
    expect(act('ArrowLeft', { shiftKey: true })).toEqual({ kind: 'pan', x: -PAN_STEP, y: 0 });
    expect(act('ArrowUp', { shiftKey: true })).toEqual({ kind: 'pan', x: 0, y: -PAN_STEP });
    expect(act('+')).toEqual({ kind: 'zoom', by: 1 });
    expect(act('=')).toEqual({ kind: 'zoom', by: 1 });
    expect(act('-')).toEqual({ kind: 'zoom', by: -1 });
    expect(act('0')).toEqual({ kind: 'whole' });
    for (const [key, mods] of [['ArrowLeft', { shiftKey: true }], ['+', {}], ['-', {}], ['0', {}]] as const)
      expect(act(key, mods, GUANGZHOU, false)).toBeNull();
  });

  it('has no move before the neighbours are known', () => {
    expect(mapKeyAction(press('ArrowRight'), GUANGZHOU, { graph: null, order, canMove: true })).toBeNull();
  });
});

describe('cityAnnouncement', () => {
  it('says the counts and the legend class, in each language', () => {
    const n = derived.counts.get(GUANGZHOU)!;
    expect(cityAnnouncement(derived, GUANGZHOU, 'en')).toBe(`Guangzhou: ${n.all} clusters, ${n.named} by name; class 18–20`);
    const name = dataset.cities.find((c) => c.adcode === GUANGZHOU)!.name;
    expect(cityAnnouncement(derived, GUANGZHOU, 'ja')).toBe(`${name.ja}：${n.all}クラスター（うち市名明記${n.named}）、階級 18–20`);
    expect(cityAnnouncement(derived, GUANGZHOU, 'zh')).toBe(`${name.zh}：${n.all}个集群（其中明确列名${n.named}个），等级 18–20`);
  });

  it('says "none by name" where no cluster names the city', () => {
    const shanwei = '441500';
    expect(derived.counts.get(shanwei)!.named).toBe(0);
    expect(cityAnnouncement(derived, shanwei, 'en')).toMatch(/^Shanwei: \d+ clusters, none by name; class /);
    expect(cityAnnouncement(derived, shanwei, 'ja')).toContain('（市名明記なし）');
    expect(cityAnnouncement(derived, shanwei, 'zh')).toContain('（无明确列名）');
  });

  it('says the class of the count basis shown', () => {
    const named = deriveView(dataset, { ...DEFAULT_VIEW, count: 'named' });
    const n = named.counts.get(GUANGZHOU)!;
    const cls = named.classes.find((c) => n.named >= c.min && n.named <= c.max)!;
    expect(cityAnnouncement(named, GUANGZHOU, 'en')).toMatch(new RegExp(`class ${cls.min === cls.max ? cls.min : `${cls.min}–${cls.max}`}$`));
  });

  it('says the role in the one-industry view, and "not targeted" for a city outside it', () => {
    const one = deriveView(dataset, { ...DEFAULT_VIEW, industries: ['new-energy'] });
    expect(cityAnnouncement(one, '441700', 'en')).toMatch(/^Yangjiang: .*Hub.* · Named$/);
    const outside = dataset.cities.find((c) => !one.single!.roles.has(c.adcode))!;
    expect(cityAnnouncement(one, outside.adcode, 'en')).toBe(`${outside.name.en}: not targeted`);
  });
});

describe('paddingFor', () => {
  const map = { left: 0, right: 1000, top: 0, bottom: 800 };
  it('pads the side each cover sits on, by how far it reaches in', () => {
    // A panel at the right, a caption at the top left.
    expect(paddingFor(map, [{ left: 600, right: 1000, top: 0, bottom: 800 }, { left: 10, right: 300, top: 10, bottom: 40 }])).toEqual({
      top: 64,
      bottom: 24,
      left: 24,
      right: 424,
    });
    // A sheet at the bottom, at most two thirds of the map.
    expect(paddingFor(map, [{ left: 0, right: 1000, top: 100, bottom: 800 }]).bottom).toBeCloseTo(533.33, 1);
    // A cover off the map pads nothing.
    expect(paddingFor(map, [{ left: 1100, right: 1400, top: 0, bottom: 800 }])).toEqual({ top: 24, bottom: 24, left: 24, right: 24 });
  });
});
