/**
 * The UI fonts, cut at build time to the characters the app can show.
 *
 * A CJK web font in unicode-range files spreads the first view's characters
 * over dozens of files, each fetched, decoded and laid out again as it
 * arrives. Instead, this plugin cuts the same typefaces
 * (Google Fonts' Noto Sans JP and Noto Sans SC, from @expo-google-fonts) into
 * two files each:
 *
 * - `ui`: every UI string in the family's languages (JP: Japanese and
 *   English; SC: Chinese), every name in the data in those languages
 *   (cities, clusters, regions, neighbours), the language switch's names, the
 *   symbols the code draws, and printable ASCII. The first view needs this
 *   file only, and the page of its language preloads it, so the text is set
 *   in it from the first paint and does not move when it arrives.
 * - `text`: the rest of the data's text in those languages (the quoted policy
 *   text and its translations, the notes) and the sources view's strings,
 *   fetched only when a panel shows a character from it.
 *
 * Each file is declared under its family's name with exact unicode-ranges, so
 * the rest of the app (CSS, map labels, PNG export) names the fonts as
 * before. A character in no file (say, in a hostile URL parameter echoed in a
 * notice) falls back to the system's fonts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { KEYS_STRINGS } from '../src/i18n/keysStrings.ts';
import { PUBLISH_STRINGS } from '../src/i18n/publishStrings.ts';
import { COMPARE_STRINGS } from '../src/i18n/compareStrings.ts';
import { DECK_STRINGS } from '../src/i18n/deckStrings.ts';
import { SOURCES_STRINGS } from '../src/i18n/sourcesStrings.ts';
import { YOURS_STRINGS } from '../src/i18n/yoursStrings.ts';
import type { Lang } from '../src/domain/types.ts';
import { formatDate, LANG_NAMES, STRINGS, stringForms, type StringEntry } from '../src/i18n/strings.ts';

const root = path.resolve(import.meta.dirname, '..');
export const FONT_DIR = path.join(root, 'src/fonts/generated');

/** The two families: which languages each sets, and the typeface it is cut from. */
export const FAMILIES = {
  'noto-sans-jp': {
    family: 'Noto Sans JP',
    langs: ['ja', 'en'],
    source: () => createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  },
  'noto-sans-sc': {
    family: 'Noto Sans SC',
    langs: ['zh'],
    source: () => createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  },
} as const satisfies Record<string, { family: string; langs: readonly Lang[]; source: () => string }>;
export type FontKey = keyof typeof FAMILIES;

/**
 * The OpenType features a browser applies to horizontal text by default. The
 * rest (vertical forms, proportional and traditional alternates, …) would pull
 * in glyphs the app never draws: they are 45 % of an uncut file.
 */
const DEFAULT_FEATURES = ['ccmp', 'locl', 'rlig', 'liga', 'clig', 'calt', 'kern', 'mark', 'mkmk'];

/** Symbols the code draws (·×▲▼…●–); its kana and kanji are copies of strings and data, which are read per language. */
const codeSymbols = (s: string) => [...s].filter((c) => c.codePointAt(0)! > 0x7e && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c));

interface JsonString {
  text: string;
  /** The key the string sits under, and that key's parent's key. */
  key: string;
  parent: string;
}

/** Every string in a JSON tree with where it sits. */
function jsonStrings(value: unknown, key = '', parent = ''): JsonString[] {
  if (typeof value === 'string') return [{ text: value, key, parent }];
  if (Array.isArray(value)) return value.flatMap((v) => jsonStrings(v, key, parent));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => jsonStrings(v, k, key));
  return [];
}

/** Chinese text (`zh`, `name_zh`) is set in Noto Sans SC; the rest in Noto Sans JP. */
const isChinese = (s: JsonString) => /(^|_)zh$/.test(s.key);
/** Names are the values of `name` objects and the `name_ja`/`name_en` properties. */
const isName = (s: JsonString) => s.parent === 'name' || /^name_/.test(s.key);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    // src/yours/ reads the reader's files: its symbols (′ ″ ， …) are patterns to match, never drawn.
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'test' || p === path.join(root, 'src/yours') ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && e.name !== 'strings.ts' ? [p] : [];
  });
}

/** The characters of dates (the exports' and the printed page's date line): month names ("November", "11月") come from Intl, not from the strings. */
const monthChars = (lang: Lang) => Array.from({ length: 12 }, (_, month) => [...formatDate(lang, new Date(2026, month, 28))]).flat();

/** A set of characters as a string in code point order. */
const sorted = (set: Set<string>) => [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');

/** Printable ASCII, the UI strings in `langs`, the dates' characters and the symbols the code draws. */
function uiChars(langs: readonly Lang[]): Set<string> {
  const chars = new Set<string>();
  for (let c = 0x20; c <= 0x7e; c++) chars.add(String.fromCodePoint(c));
  for (const s of Object.values(STRINGS)) for (const lang of langs) for (const form of stringForms(s[lang])) for (const c of form) chars.add(c);
  for (const c of langs.flatMap(monthChars)) chars.add(c);
  for (const file of sourceFiles(path.join(root, 'src'))) for (const c of codeSymbols(readFileSync(file, 'utf8'))) chars.add(c);
  return chars;
}

/** Every string in the data files, with where it sits. */
function dataStrings(): JsonString[] {
  return readdirSync(path.join(root, 'data'))
    .filter((f) => /\.(json|geojson)$/.test(f))
    .flatMap((f) => jsonStrings(JSON.parse(readFileSync(path.join(root, 'data', f), 'utf8'))));
}

/** A family's two character sets, as sorted strings of distinct characters. */
export function fontText(key: FontKey): { ui: string; text: string } {
  const { langs } = FAMILIES[key];
  const chinese = key === 'noto-sans-sc';
  const forms = (s: Record<Lang, StringEntry>) => langs.flatMap((l) => stringForms(s[l]));
  const ui = uiChars(langs);
  for (const s of Object.values(LANG_NAMES)) for (const c of s) ui.add(c);
  const data = dataStrings().filter((s) => isChinese(s) === chinese);
  for (const s of data.filter(isName)) for (const c of s.text) ui.add(c);
  const text = new Set<string>();
  // The sources view's own strings load with it, like the policy text; the map's keyboard caption and list of keys, the share menu,
  // the comparison, the PowerPoint export's message and the reader's own data, when shown.
  const later = [SOURCES_STRINGS, KEYS_STRINGS, PUBLISH_STRINGS, COMPARE_STRINGS, DECK_STRINGS, YOURS_STRINGS].flatMap((table) => Object.values(table)).flatMap(forms);
  for (const s of [...data.map((d) => d.text), ...later]) for (const c of s) if (!ui.has(c) && c.codePointAt(0)! > 0x20) text.add(c);
  return { ui: sorted(ui), text: sorted(text) };
}

/**
 * The characters a vector PDF export in `lang` can draw (src/export/page.ts):
 * printable ASCII, the UI strings and the code's symbols, and the data's
 * text in that language (names, focus areas). The PDF renderer embeds a font
 * cut to them, a file per language, so an English PDF does not carry kanji.
 */
export function pdfText(lang: Lang): string {
  const chars = uiChars([lang]);
  const ofLang = (s: JsonString) => s.key === lang || s.key.endsWith(`_${lang}`);
  for (const s of dataStrings().filter(ofLang)) for (const c of s.text) chars.add(c);
  // The comparison's words, which the export page carries when cities are compared.
  for (const s of Object.values(COMPARE_STRINGS) as Record<Lang, StringEntry>[]) for (const form of stringForms(s[lang])) for (const c of form) chars.add(c);
  return sorted(chars);
}

/** `U+20-7E, U+3001-3002, …`: the characters as CSS unicode-range, consecutive code points merged. */
export function unicodeRange(chars: string): string {
  const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const p of points) {
    const last = ranges.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else ranges.push([p, p]);
  }
  const hex = (n: number) => n.toString(16).toUpperCase();
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(', ');
}

/**
 * A TrueType file of `text`'s glyphs, for a PDF writer to embed (it cuts it
 * again to the glyphs a page uses). No layout tables' closure: the writer
 * places glyphs one by one, without shaping.
 */
export async function pdfFont(font: Uint8Array, text: string): Promise<Uint8Array> {
  return subsetFont(font, text, { targetFormat: 'truetype', keepFeatures: [] });
}

/** The typeface a PDF in `lang` is set in. */
export function pdfSource(lang: Lang): string {
  return Object.values(FAMILIES)
    .find((f) => (f.langs as readonly Lang[]).includes(lang))!
    .source();
}

/**
 * Writes src/fonts/generated/<family>.css and its two font files for each
 * family, and pdf-<lang>.ttf for each of its languages, unless the files
 * there were cut from the same characters and source font already.
 */
export async function writeUiFonts(): Promise<{ written: boolean; counts: Record<FontKey, { ui: number; text: number }> }> {
  let written = false;
  const counts = {} as Record<FontKey, { ui: number; text: number }>;
  mkdirSync(FONT_DIR, { recursive: true });
  for (const key of Object.keys(FAMILIES) as FontKey[]) {
    const { family, source: sourcePath } = FAMILIES[key];
    const source = sourcePath();
    const chars = fontText(key);
    const pdf = FAMILIES[key].langs.map((lang) => [lang, pdfText(lang)] as const);
    counts[key] = { ui: [...chars.ui].length, text: [...chars.text].length };
    // `ranges-covered`: the ranges hold only the characters the typeface has (older cuts held all).
    const stamp = createHash('sha256')
      .update(`ranges-covered\0${chars.ui}\0${chars.text}\0${DEFAULT_FEATURES.join()}\0${statSync(source).size}\0${pdf.flat().join('\0')}`)
      .digest('hex')
      .slice(0, 16);
    const stampFile = path.join(FONT_DIR, `${key}.stamp.txt`);
    if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) continue;
    const font = readFileSync(source);
    // A character the typeface lacks (▾, ➜) stays out of the ranges: in them, it would send the
    // browser for the other family's file too before it falls back to the system's fonts.
    const face = fontkit.create(font) as fontkit.Font;
    const covered = (text: string) => [...text].filter((c) => face.hasGlyphForCodePoint(c.codePointAt(0)!)).join('');
    const css: string[] = [
      `/* Generated by scripts/uiFont.ts from ${family} (SIL Open Font License 1.1, shipped as licenses/${key}-OFL.txt); do not edit. */`,
    ];
    for (const [name, text] of Object.entries(chars)) {
      writeFileSync(path.join(FONT_DIR, `${key}-${name}.woff2`), await subsetFont(font, text, { targetFormat: 'woff2', keepFeatures: DEFAULT_FEATURES }));
      css.push(
        `@font-face {\n  font-family: '${family}';\n  font-style: normal;\n  font-weight: 400;\n  font-display: swap;\n` +
          `  src: url('./${key}-${name}.woff2') format('woff2');\n  unicode-range: ${unicodeRange(covered(text))};\n}`,
      );
    }
    writeFileSync(path.join(FONT_DIR, `${key}.css`), `${css.join('\n')}\n`);
    for (const [lang, text] of pdf) writeFileSync(path.join(FONT_DIR, `pdf-${lang}.ttf`), await pdfFont(font, text));
    writeFileSync(stampFile, stamp);
    written = true;
  }
  return { written, counts };
}

/**
 * Cuts the font before Vite reads src/ (build and dev server; the unit tests
 * do not load the app's CSS), and ships the font's licence with the build.
 */
export function uiFont(): Plugin {
  return {
    name: 'ui-font',
    apply: () => !process.env.VITEST,
    async buildStart() {
      const r = await writeUiFonts();
      if (r.written) this.info(`ui fonts cut: ${Object.entries(r.counts).map(([k, c]) => `${k} ${c.ui} + ${c.text}`).join(', ')} characters`);
    },
    generateBundle() {
      for (const [key, { source }] of Object.entries(FAMILIES))
        this.emitFile({
          type: 'asset',
          fileName: `licenses/${key}-OFL.txt`,
          source: readFileSync(path.join(path.dirname(source()), '..', 'LICENSE_FONT')),
        });
    },
  };
}
