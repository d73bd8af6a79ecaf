/**
 * The support policy (README: Browser support), checked on the build the
 * other specs test: its JS uses no syntax past ES2022, which every
 * supported browser runs (package.json's browserslist: Safari and iOS 16.4,
 * Chrome and Edge 111, Firefox 128); its CSS leaves no light-dark() for a
 * browser without it (Safari before 17.5, Chrome before 123) but reaches the
 * dark colours through custom properties, for the reader's scheme and for
 * the theme switch alike.
 */
import { expect, test } from '@playwright/test';
import { parse } from 'acorn';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTargets } from '../scripts/browsers';

const DIST = path.join(import.meta.dirname, '..', 'dist');
const read = (file: string) => readFileSync(path.join(DIST, file), 'utf8');
const assets = (ext: RegExp) => readdirSync(path.join(DIST, 'assets')).filter((f) => ext.test(f)).map((f) => `assets/${f}`);

test('the build targets the supported browsers, and its JavaScript parses as ES2022', () => {
  expect(buildTargets()).toEqual(['chrome111', 'edge111', 'firefox128', 'ios16.4', 'safari16.4']);
  const files = [...assets(/\.m?js$/), 'sw.js', 'embed.js'];
  expect(files.length).toBeGreaterThan(10);
  const newer = files.flatMap((file) => {
    try {
      parse(read(file), { ecmaVersion: 2022, sourceType: file === 'embed.js' ? 'script' : 'module' });
      return [];
    } catch (e) {
      return [`${file}: ${String(e)}`];
    }
  });
  expect(newer).toEqual([]);
});

test('the CSS has no light-dark(): each theme colour is reached through the scheme variables, by the system setting and by the switch', () => {
  const css = assets(/\.css$/).map(read).join('\n');
  expect(css).not.toContain('light-dark(');
  // The page's ground, light and dark (src/styles.css: --bg).
  expect(css).toMatch(/--bg:var\(--lightningcss-light,#fafaf8\)\s*var\(--lightningcss-dark,#15171a\)/);
  // The dark half switched on by the reader's setting, and by the theme switch either way.
  expect(css).toMatch(/@media \(prefers-color-scheme:\s*dark\)\{:root\{--lightningcss-light: ;--lightningcss-dark:initial\}/);
  expect(css).toMatch(/:root\[data-theme=dark\]\{[^}]*--lightningcss-light: ;--lightningcss-dark:initial/);
  expect(css).toMatch(/:root\[data-theme=light\]\{[^}]*--lightningcss-light:initial;--lightningcss-dark: /);
});
