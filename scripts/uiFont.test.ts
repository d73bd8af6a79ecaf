import { describe, expect, it } from 'vitest';
import { KEYS_STRINGS } from '../src/i18n/keysStrings';
import { PUBLISH_STRINGS } from '../src/i18n/publishStrings';
import { SOURCES_STRINGS } from '../src/i18n/sourcesStrings';
import { formatDate, LANG_NAMES, STRINGS, stringForms } from '../src/i18n/strings';
import { loadRepoDataset, readJson } from '../src/test/files';
import * as fontkit from 'fontkit';
import { mapFonts } from '../src/map/webgl/style';
import { FAMILIES, fontText, pdfSource, pdfText, unicodeRange } from './uiFont';
import { readFileSync } from 'node:fs';
import { citiesGeoSchema, contextGeoSchema } from '../src/data/schema';
import { exportPage, pageTexts } from '../src/export/page';
import { exportSummary } from '../src/export/summary';
import { deriveView } from '../src/store/derived';
import { DEFAULT_VIEW } from '../src/store/url';

describe('unicodeRange', () => {
  it('merges consecutive code points and keeps single ones', () => {
    expect(unicodeRange('cab')).toBe('U+61-63');
    expect(unicodeRange('a、。c')).toBe('U+61, U+63, U+3001-3002');
    expect(unicodeRange('😀a')).toBe('U+61, U+1F600');
  });
});

const dates = (lang: 'ja' | 'en' | 'zh') => Array.from({ length: 12 }, (_, month) => formatDate(lang, new Date(2027, month, 1)));

describe('fontText: Noto Sans JP', () => {
  const { ui, text } = fontText('noto-sans-jp');
  const uiSet = new Set(ui);
  const missing = (s: string, set: Set<string>) => [...s].filter((c) => c !== '\n' && !set.has(c));

  it('puts every Japanese and English UI string and every name in the first-view file', () => {
    const { cities, clusters, regions } = loadRepoDataset();
    const shown = [
      ...Object.values(STRINGS).flatMap((s) => [...stringForms(s.ja), ...stringForms(s.en)]),
      ...Object.values(LANG_NAMES),
      ...[...cities, ...clusters, ...regions].flatMap((x) => [x.name.ja, x.name.en]),
      // The date line of the exports and the printed page, in every month.
      ...dates('ja'),
      ...dates('en'),
    ];
    for (const s of shown) expect(missing(s, uiSet), s).toEqual([]);
  });

  it('leaves the quoted policy text to the second file, and no character in both', () => {
    const { clusters } = loadRepoDataset();
    const textSet = new Set(text);
    const all = new Set([...ui, ...text]);
    for (const c of clusters)
      expect(missing(`${c.areas.ja}${c.focus.ja ?? ''}${c.notes.map((n) => n.ja).join('')}${c.focusSupplement?.text.ja ?? ''}`, all), c.id).toEqual([]);
    expect([...text].filter((c) => uiSet.has(c))).toEqual([]);
    // The sources view's strings and the map's keyboard strings: in one file or the other.
    const sources = [...Object.values(SOURCES_STRINGS), ...Object.values(KEYS_STRINGS), ...Object.values(PUBLISH_STRINGS)].flatMap((s) => [...stringForms(s.ja), ...stringForms(s.en)]).join('');
    expect(missing(sources, all)).toEqual([]);
    expect(textSet.size).toBeGreaterThan(0);
  });

  it('leaves out characters that only Chinese text uses (Noto Sans SC sets those)', () => {
    const cities = readJson('data/cities.json') as { name: { ja: string; zh: string } }[];
    const onlyZh = cities.flatMap((c) => [...c.name.zh]).filter((ch) => !cities.some((x) => x.name.ja.includes(ch)));
    expect(onlyZh.length).toBeGreaterThan(0);
    expect(onlyZh.filter((ch) => uiSet.has(ch))).toEqual([]);
  });
});

describe('fontText: Noto Sans SC', () => {
  const { ui, text } = fontText('noto-sans-sc');
  const uiSet = new Set(ui);
  const missing = (s: string, set: Set<string>) => [...s].filter((c) => c !== '\n' && !set.has(c));

  it('puts every Chinese UI string and every Chinese name in the first-view file (the Chinese page preloads it)', () => {
    const { cities, clusters, regions } = loadRepoDataset();
    const shown = [
      ...Object.values(STRINGS).flatMap((s) => stringForms(s.zh)),
      ...Object.values(LANG_NAMES),
      ...[...cities, ...clusters, ...regions].flatMap((x) => [x.name.zh]),
      ...dates('zh'),
    ];
    for (const s of shown) expect(missing(s, uiSet), s).toEqual([]);
  });

  it('has the Chinese texts, the rest in the second file, and no character in both', () => {
    const { clusters } = loadRepoDataset();
    const all = new Set([...ui, ...text]);
    for (const c of clusters)
      expect(missing(`${c.areas.zh}${c.focus.zh ?? ''}${c.notes.map((n) => n.zh).join('')}${c.focusSupplement?.text.zh ?? ''}`, all), c.id).toEqual([]);
    expect([...text].filter((c) => uiSet.has(c))).toEqual([]);
    expect(missing([...Object.values(SOURCES_STRINGS), ...Object.values(KEYS_STRINGS), ...Object.values(PUBLISH_STRINGS)].flatMap((s) => stringForms(s.zh)).join(''), all)).toEqual([]);
  });
});

describe('the map labels\' one font per language', () => {
  it('has a glyph for every character of the names it labels (a missing one would draw in a system font, or as a box)', () => {
    const { cities } = loadRepoDataset();
    const context = readJson('data/context.geojson') as { features: { properties: Record<string, string> }[] };
    for (const lang of ['ja', 'en', 'zh'] as const) {
      const [family] = mapFonts(lang);
      const key = (Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]).find((k) => FAMILIES[k].family === family)!;
      const face = fontkit.openSync(FAMILIES[key].source()) as fontkit.Font;
      const names = [...cities.map((c) => c.name[lang]), ...context.features.map((f) => f.properties[`name_${lang}`]!), '0123456789●'].join('');
      expect([...new Set(names)].filter((c) => !face.hasGlyphForCodePoint(c.codePointAt(0)!)), lang).toEqual([]);
    }
  });
});

describe('pdfText: the PDF export fonts', () => {
  const dataset = loadRepoDataset();
  const geo = citiesGeoSchema.parse(readJson('data/guangdong.geojson'));
  const context = contextGeoSchema.parse(readJson('data/context.geojson'));
  const ids = dataset.clusters.map((c) => c.id);
  const selections: (string[] | null)[] = [null, [], ids.slice(0, 2), ids.slice(0, 5), ...ids.map((id) => [id])];

  it.each(['ja', 'en', 'zh'] as const)('has every character an export page in %s can show, and the typeface draws each', (lang) => {
    const chars = new Set(pdfText(lang));
    const face = fontkit.create(readFileSync(pdfSource(lang))) as fontkit.Font;
    const shown = new Set<string>();
    for (const tier of ['all', 'pillar', 'emerging'] as const)
      for (const count of ['all', 'named'] as const)
        for (const industries of selections) {
          const view = { ...DEFAULT_VIEW, lang, tier, count, industries };
          const derived = deriveView(dataset, view);
          for (let month = 0; month < 12; month++) {
            const summary = exportSummary(view, derived, new Date(2026, month, 9), 'https://example.org/?lang=zh&tier=pillar');
            if (month > 0 && industries !== null) for (const c of summary.date) shown.add(c);
            else for (const t of pageTexts(exportPage({ geo, context, derived, lang, summary }))) for (const line of t.lines) for (const c of line.text) shown.add(c);
          }
        }
    const missing = [...shown].filter((c) => !chars.has(c) || !face.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
