import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import type { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfFont, pdfSource, pdfText } from '../../scripts/uiFont';
import { citiesGeoSchema, contextGeoSchema } from '../data/schema';
import { deriveView } from '../store/derived';
import { DEFAULT_VIEW, type View } from '../store/url';
import { loadRepoDataset, readJson } from '../test/files';
import { exportPage, pageTexts, parseColor, type ExportPage, type PageItem } from './page';
import { drawPage, pagePdf, pdfDocument, PT } from './pdf';
import { parsePath } from './pathData';
import { exportSummary } from './summary';
import { pageSvg } from './svg';

const dataset = loadRepoDataset();
const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
const context = contextGeoSchema.parse(readJson('data/context.geojson'));

function page(patch: Partial<View>): ExportPage {
  const view = { ...DEFAULT_VIEW, ...patch };
  const derived = deriveView(dataset, view);
  return exportPage({ geo, context, derived, lang: view.lang, summary: exportSummary(view, derived, new Date(2026, 10, 28), 'https://example.org/?lang=en') });
}

/** Every path of the page, groups opened. */
const paths = (items: PageItem[]): string[] => items.flatMap((i) => (i.kind === 'path' ? [i.d] : i.kind === 'group' ? paths(i.items) : []));

describe('colours and paths', () => {
  it('reads hex colours with and without alpha, and refuses what it cannot draw', () => {
    expect(parseColor('#1f2328')).toEqual({ rgb: [0x1f, 0x23, 0x28], alpha: 1 });
    expect(parseColor('#fff')).toEqual({ rgb: [255, 255, 255], alpha: 1 });
    expect(parseColor('#00000022').alpha).toBeCloseTo(0x22 / 255);
    expect(() => parseColor('rgba(0,0,0,0.5)')).toThrow(/colour/);
  });

  it('reads rings of straight segments, and refuses curves', () => {
    expect(parsePath('M1,2L3,4L5,6ZM7,8L9,10Z')).toEqual([
      [[1, 2], [3, 4], [5, 6]],
      [[7, 8], [9, 10]],
    ]);
    expect(parsePath('M-1.5,2e1L3,4Z')).toEqual([[[-1.5, 20], [3, 4]]]);
    expect(() => parsePath('M0,0a4.5,4.5 0 1,1 0,-9Z')).toThrow(/does not draw/);
  });
});

describe('PDF and SVG: one page model, two renderers', () => {
  let font: Uint8Array;
  beforeAll(async () => {
    font = await pdfFont(readFileSync(pdfSource('en')), pdfText('en'));
  });

  /** Draws the page on a jsPDF document that notes the calls made to it. */
  function recordPdf(p: ExportPage) {
    const calls: { name: string; args: unknown[] }[] = [];
    const doc = pdfDocument(p, font);
    const recorder = new Proxy(doc, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push({ name: String(key), args });
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as jsPDF;
    drawPage(recorder, p);
    return calls;
  }

  it.each([{ lang: 'en' as const }, { lang: 'en' as const, industries: ['new-energy'] }])('draws the same words at the same places and the same shapes (%o)', (patch) => {
    const p = page(patch);
    const lines = pageTexts(p).flatMap((t) =>
      t.lines.map((l, i) => ({ text: l.text, x: t.pageX * PT, y: (t.pageY + i * 1.2 * t.size) * PT, halo: !!t.halo })),
    );
    const drawn = lines.filter((l) => l.text);
    const calls = recordPdf(p);
    const texts = calls.filter((c) => c.name === 'text');
    const filled = texts.filter((c) => (c.args[3] as { renderingMode: string }).renderingMode !== 'stroke');
    // Every word once, in the page's order, where the page puts it (0.75 pt per pixel).
    expect(filled.map((c) => c.args[0])).toEqual(drawn.map((l) => l.text));
    filled.forEach((c, i) => {
      expect(c.args[1]).toBeCloseTo(drawn[i]!.x, 6);
      expect(c.args[2]).toBeCloseTo(drawn[i]!.y, 6);
    });
    // Halos: the labels' words stroked beneath, as the SVG's paint-order does.
    expect(texts.length - filled.length).toBe(drawn.filter((l) => l.halo).length);

    // The SVG of the same page says the same words in the same order…
    const svg = new DOMParser().parseFromString(pageSvg(p), 'image/svg+xml');
    const svgLines = Array.from(svg.getElementsByTagName('text')).flatMap((t) => {
      const spans = Array.from(t.getElementsByTagName('tspan'));
      return spans.length ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
    });
    expect(svgLines.filter(Boolean)).toEqual(drawn.map((l) => l.text));
    // …and draws as many rings: one PDF moveTo per SVG subpath.
    const svgRings = Array.from(svg.getElementsByTagName('path')).reduce((n, el) => n + (el.getAttribute('d')!.match(/M/g) ?? []).length, 0);
    expect(svgRings).toBe(paths(p.items).reduce((n, d) => n + (d.match(/M/g) ?? []).length, 0));
    expect(calls.filter((c) => c.name === 'moveTo')).toHaveLength(svgRings);
    // The footer's address is a link in both.
    expect(calls.filter((c) => c.name === 'link').map((c) => c.args[4])).toEqual([{ url: 'https://example.org/?lang=en' }]);
    expect(svg.getElementsByTagName('a')[0]!.getAttribute('href')).toBe('https://example.org/?lang=en');
  });

  it('writes a PDF with its title, subject, creator and language, and the font embedded', () => {
    const p = page({ lang: 'en', tier: 'emerging' });
    const bytes = Buffer.from(pagePdf(p, font));
    const raw = bytes.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/Title (Guangdong Strategic Cluster Map)');
    expect(raw).toContain('/Subject (Emerging · all clusters · All designations)'.replace('·', '\xb7'));
    expect(raw).toContain('/Creator (Guangdong Strategic Cluster Map)');
    expect(raw).toContain('/Lang (en-US)');
    expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
    // The font is cut again to the page's glyphs: the file is smaller than the font handed in.
    expect(bytes.length).toBeLessThan(font.length);
  });
});
