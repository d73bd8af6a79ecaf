import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { citiesGeoSchema, contextGeoSchema } from '../data/schema';
import { OUTLINE, REGIONAL_LINE, STROKE } from '../domain/palette';
import { deriveView } from '../store/derived';
import { DEFAULT_VIEW, serializeView, type View } from '../store/url';
import { loadRepoDataset, readJson } from '../test/files';
import { deckSlides } from './deck';
import { exportPage, type PathItem, type PageItem } from './page';
import { clipRing, deckPptx } from './pptx';
import { exportSummary } from './summary';
import { SLIDE_LAYOUT } from './layout';

const dataset = loadRepoDataset();
const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const context = contextGeoSchema.parse(readJson('data/context.geojson'));
const date = new Date(2026, 11, 3);
const EMU_PER_PT = 12700;

const link = (v: View) => `https://example.org/${serializeView(v)}`;

async function deck(patch: Partial<View>) {
  const view = { ...DEFAULT_VIEW, ...patch };
  const derived = deriveView(dataset, view);
  const blob = await deckPptx(deckSlides({ dataset, derived, geo, context }, view, date, link), () => Promise.resolve());
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const read = async (name: string) => new DOMParser().parseFromString(await zip.file(name)!.async('string'), 'application/xml');
  const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  return { view, derived, zip, read, slides, blob };
}

/** A slide's shapes: name, whether custom geometry, fill colour, line width (EMU) and dash. */
function shapes(doc: Document) {
  return Array.from(doc.getElementsByTagName('p:sp')).map((sp) => {
    const spPr = sp.getElementsByTagName('p:spPr')[0]!;
    const fill = Array.from(spPr.childNodes).find((n) => n.nodeName === 'a:solidFill') as Element | undefined;
    const ln = spPr.getElementsByTagName('a:ln')[0];
    return {
      name: sp.getElementsByTagName('p:cNvPr')[0]!.getAttribute('name')!,
      custom: spPr.getElementsByTagName('a:custGeom').length === 1,
      fill: fill?.getElementsByTagName('a:srgbClr')[0]?.getAttribute('val')?.toLowerCase() ?? null,
      alpha: fill?.getElementsByTagName('a:alpha')[0]?.getAttribute('val') ?? null,
      line: ln?.getAttribute('w') ? Number(ln.getAttribute('w')) : null,
      lineColour: ln?.getElementsByTagName('a:srgbClr')[0]?.getAttribute('val')?.toLowerCase() ?? null,
      dash: ln?.getElementsByTagName('a:prstDash')[0]?.getAttribute('val') ?? null,
      text: Array.from(sp.getElementsByTagName('a:t')).map((t) => t.textContent).join(''),
    };
  });
}

/** The page's city paths by adcode, groups opened. */
function cityPaths(items: PageItem[], out = new Map<string, PathItem>()): Map<string, PathItem> {
  for (const i of items)
    if (i.kind === 'group') cityPaths(i.items, out);
    else if (i.kind === 'path' && i.data?.adcode) out.set(i.data.adcode, i);
  return out;
}

describe('clipRing', () => {
  it('cuts a ring to a box, running along the edge where it was cut', () => {
    const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(clipRing([[-5, 2], [5, 2], [5, 8], [-5, 8]], box)).toEqual([[0, 2], [5, 2], [5, 8], [0, 8]]);
    expect(clipRing([[20, 20], [30, 20], [30, 30]], box)).toEqual([]);
    expect(clipRing([[1, 1], [9, 1], [9, 9]], box)).toEqual([[1, 1], [9, 1], [9, 9]]);
  });
});

describe('PowerPoint deck', () => {
  it('the map view: one 16:9 slide, every city a named freeform shape in its colour, the words as text, the link in the notes', async () => {
    const { derived, read, slides, zip, blob } = await deck({});
    expect(slides).toBe(1);
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation');
    const presentation = await read('ppt/presentation.xml');
    const size = presentation.getElementsByTagName('p:sldSz')[0]!;
    expect([Number(size.getAttribute('cx')), Number(size.getAttribute('cy'))]).toEqual([12192000, 6858000]);
    // pptxgenjs issue 1394: the string "CUSTOM_GEOMETRY" as a preset geometry makes a file PowerPoint repairs.
    const xml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(xml).not.toMatch(/CUSTOM_GEOMETRY|prst="custGeom"/);

    const all = shapes(await read('ppt/slides/slide1.xml'));
    const expected = exportPage({ geo, context, derived, lang: 'ja', summary: exportSummary(DEFAULT_VIEW, derived, date, link(DEFAULT_VIEW)), layout: SLIDE_LAYOUT });
    const paths = cityPaths(expected.items);
    const cities = dataset.cities.map((c) => all.find((s) => s.name === c.name.ja));
    expect(cities.every((s) => s?.custom)).toBe(true);
    expect(all.filter((s) => s.custom && dataset.cities.some((c) => c.name.ja === s.name))).toHaveLength(21);
    for (const [i, c] of dataset.cities.entries()) {
      expect(cities[i]!.fill, c.name.ja).toBe(paths.get(c.adcode)!.fill!.slice(1));
      expect(cities[i]!.line).toBe(Math.round(STROKE.cityBorder * 0.75 * EMU_PER_PT));
    }
    const texts = all.map((s) => s.text);
    expect(texts).toContain('広東省戦略的産業クラスターマップ');
    expect(texts.some((t) => t.startsWith('出所：ジェトロ'))).toBe(true);
    for (const c of dataset.cities) expect(texts).toContain(`${c.name.ja}${derived.counts.get(c.adcode)!.all}`);
    const runs = Array.from((await read('ppt/slides/slide1.xml')).getElementsByTagName('a:rPr'));
    expect(new Set(runs.map((r) => r.getAttribute('lang')))).toEqual(new Set(['ja-JP']));
    expect(new Set(runs.flatMap((r) => Array.from(r.getElementsByTagName('a:latin')).map((l) => l.getAttribute('typeface'))))).toEqual(new Set(['Noto Sans JP']));
    const notes = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('https://example.org/');
  });

  it('the one-industry view: cities reached only through a region term keep a dashed outline of their own', async () => {
    const { read, derived } = await deck({ industries: ['electronic-information'], lang: 'en' });
    const all = shapes(await read('ppt/slides/slide1.xml'));
    const regional = dataset.cities.filter((c) => derived.clusters[0]!.targets.every((t) => t.city !== c.adcode || t.basis === 'regional'));
    expect(regional.length).toBeGreaterThan(10);
    for (const c of regional) {
      const s = all.find((x) => x.name === c.name.en)!;
      expect(s.dash, c.name.en).toBe('sysDash');
      expect(s.line).toBe(Math.round(REGIONAL_LINE.width * 0.75 * EMU_PER_PT));
      expect(s.alpha).not.toBeNull();
    }
    expect(all.filter((s) => s.custom && dataset.cities.some((c) => c.name.en === s.name))).toHaveLength(21);
  });

  it('a comparison: the compared cities outlined and on top, then the table on a slide of its own', async () => {
    const compare = ['440600', '441200'];
    const { read, slides } = await deck({ compare, lang: 'zh' });
    expect(slides).toBe(2);
    const all = shapes(await read('ppt/slides/slide1.xml'));
    const cityShapes = all.filter((s) => s.custom && dataset.cities.some((c) => c.name.zh === s.name));
    expect(cityShapes).toHaveLength(21);
    const names = compare.map((a) => dataset.cities.find((c) => c.adcode === a)!.name.zh);
    expect(cityShapes.slice(-2).map((s) => s.name).sort()).toEqual([...names].sort());
    for (const s of cityShapes.slice(-2)) {
      expect(s.line).toBe(Math.round(STROKE.selected * 0.75 * EMU_PER_PT));
      expect(`#${s.lineColour}`).toBe(OUTLINE.selected.toLowerCase());
    }
    const table = shapes(await read('ppt/slides/slide2.xml')).map((s) => s.text);
    expect(table).toContain('佛山');
    expect(table).toContain('肇庆');
    expect(table.some((t) => /佛山和肇庆共有\d+个集群/.test(t))).toBe(true);
  });

  it('the atlas: one slide of all the small maps (21 named cities each), then a slide per cluster', async () => {
    const { read, slides } = await deck({ mainView: 'atlas', tier: 'emerging', lang: 'en' });
    expect(slides).toBe(11);
    const atlas = shapes(await read('ppt/slides/slide1.xml'));
    const named = atlas.filter((s) => s.custom && dataset.cities.some((c) => c.name.en === s.name));
    expect(named).toHaveLength(10 * 21);
    const second = shapes(await read('ppt/slides/slide2.xml'));
    expect(second.filter((s) => s.custom && dataset.cities.some((c) => c.name.en === s.name))).toHaveLength(21);
    expect(second.map((s) => s.text).some((t) => t.includes('Semiconductors'))).toBe(true);
  });
});
