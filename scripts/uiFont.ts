/**
 * The UI font, cut at build time to the characters the app can show.
 *
 * Noto Sans JP from @fontsource comes as 120 unicode-range files of about 200
 * glyphs each. The first view's 250 characters touched 39 of them: 569 KB,
 * and on a slow machine half a second of fetching, decoding and re-laying out
 * the page as each one arrived. Instead, this plugin cuts the same typeface
 * (Google Fonts' Noto Sans JP, from @expo-google-fonts) into two files:
 *
 * - `ui`: every UI string in Japanese and English, every name in the data
 *   (cities, clusters, regions, neighbours), the symbols the code draws, and
 *   printable ASCII. The first view needs this file only, and it is preloaded.
 * - `text`: the rest of the data's Japanese text (the quoted policy text) and
 *   the sources view's strings, fetched only when a panel shows a character
 *   from it.
 *
 * Both are declared as "Noto Sans JP" with exact unicode-ranges, so the rest
 * of the app (CSS, map labels, PNG export) names the font as before. Chinese
 * keeps @fontsource's Noto Sans SC, loaded when Chinese is chosen. A
 * character in neither file (say, in a hostile URL parameter echoed in a
 * notice) falls back to the system's fonts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { SOURCES_STRINGS } from '../src/i18n/sourcesStrings.ts';
import { LANG_NAMES, STRINGS, stringForms } from '../src/i18n/strings.ts';

const root = path.resolve(import.meta.dirname, '..');
export const FONT_DIR = path.join(root, 'src/fonts/generated');
const sourceFont = () => createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf');

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

/** Chinese text (`zh`, `name_zh`) is set in Noto Sans SC. */
const isChinese = (s: JsonString) => /(^|_)zh$/.test(s.key);
/** Names are the values of `name` objects and the `name_ja`/`name_en` properties. */
const isName = (s: JsonString) => s.parent === 'name' || /^name_/.test(s.key);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' || e.name === 'test' ? [] : sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && e.name !== 'strings.ts' ? [p] : [];
  });
}

/** The two character sets, as sorted strings of distinct characters. */
export function fontText(): { ui: string; text: string } {
  const ui = new Set<string>();
  for (let c = 0x20; c <= 0x7e; c++) ui.add(String.fromCodePoint(c));
  for (const s of Object.values(STRINGS)) for (const form of [...stringForms(s.ja), ...stringForms(s.en)]) for (const c of form) ui.add(c);
  for (const s of Object.values(LANG_NAMES)) for (const c of s) ui.add(c);
  for (const file of sourceFiles(path.join(root, 'src'))) for (const c of codeSymbols(readFileSync(file, 'utf8'))) ui.add(c);
  const data = readdirSync(path.join(root, 'data'))
    .filter((f) => /\.(json|geojson)$/.test(f))
    .flatMap((f) => jsonStrings(JSON.parse(readFileSync(path.join(root, 'data', f), 'utf8'))))
    .filter((s) => !isChinese(s));
  for (const s of data.filter(isName)) for (const c of s.text) ui.add(c);
  const text = new Set<string>();
  // The sources view's own strings load with it, like the policy text.
  const later = Object.values(SOURCES_STRINGS).flatMap((s) => [...stringForms(s.ja), ...stringForms(s.en)]);
  for (const s of [...data.map((d) => d.text), ...later]) for (const c of s) if (!ui.has(c) && c.codePointAt(0)! > 0x20) text.add(c);
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
  return { ui: sorted(ui), text: sorted(text) };
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
 * Writes src/fonts/generated/noto-sans-jp.css and its two font files, unless
 * the files there were cut from the same characters and source font already.
 */
export async function writeUiFont(): Promise<{ written: boolean; ui: number; text: number }> {
  const source = sourceFont();
  const chars = fontText();
  const stamp = createHash('sha256').update(`${chars.ui}\0${chars.text}\0${DEFAULT_FEATURES.join()}\0${statSync(source).size}`).digest('hex').slice(0, 16);
  const stampFile = path.join(FONT_DIR, 'stamp.txt');
  const counts = { ui: [...chars.ui].length, text: [...chars.text].length };
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { written: false, ...counts };
  const font = readFileSync(source);
  mkdirSync(FONT_DIR, { recursive: true });
  const css: string[] = [
    '/* Generated by scripts/uiFont.ts from Noto Sans JP (SIL Open Font License 1.1, shipped as licenses/noto-sans-jp-OFL.txt); do not edit. */',
  ];
  for (const [name, text] of Object.entries(chars)) {
    writeFileSync(path.join(FONT_DIR, `noto-sans-jp-${name}.woff2`), await subsetFont(font, text, { targetFormat: 'woff2', keepFeatures: DEFAULT_FEATURES }));
    css.push(
      `@font-face {\n  font-family: 'Noto Sans JP';\n  font-style: normal;\n  font-weight: 400;\n  font-display: swap;\n` +
        `  src: url('./noto-sans-jp-${name}.woff2') format('woff2');\n  unicode-range: ${unicodeRange(text)};\n}`,
    );
  }
  writeFileSync(path.join(FONT_DIR, 'noto-sans-jp.css'), `${css.join('\n')}\n`);
  writeFileSync(stampFile, stamp);
  return { written: true, ...counts };
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
      const r = await writeUiFont();
      if (r.written) this.info(`ui font cut: ${r.ui} + ${r.text} characters`);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'licenses/noto-sans-jp-OFL.txt',
        source: readFileSync(path.join(path.dirname(sourceFont()), '..', 'LICENSE_FONT')),
      });
    },
  };
}
