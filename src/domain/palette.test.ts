import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countClasses } from './classes';
import { GROUND, LABEL, NO_ROLE_COLOR, ROLE_COLORS } from './palette';

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** `rgba(r,g,b,a)` laid over an opaque colour. */
function over(rgba: string, under: string): string {
  const [r, g, b, a] = rgba.match(/[\d.]+/g)!.map(Number);
  const base = [1, 3, 5].map((i) => parseInt(under.slice(i, i + 2), 16));
  return `#${[r!, g!, b!].map((c, i) => Math.round(c * a! + base[i]! * (1 - a!)).toString(16).padStart(2, '0')).join('')}`;
}

describe('map labels in light and dark', () => {
  // Every colour a city can be filled with, in both schemes (the data's colours do not change with the theme).
  const fills = [...countClasses(20).map((c) => c.color), ...Object.values(ROLE_COLORS), NO_ROLE_COLOR];
  const halo = `rgba(255,255,255,${LABEL.haloOpacity})`;

  it('a city name (dark on a white halo) reads at 4.5:1 or more on every class and role colour', () => {
    for (const fill of fills) expect(contrast(LABEL.color, over(halo, fill)), fill).toBeGreaterThanOrEqual(4.5);
  });

  it("a neighbour's name reads at 4.5:1 or more on its land, light and dark", () => {
    for (const scheme of ['light', 'dark'] as const) {
      const g = GROUND[scheme];
      expect(contrast(g.contextLabel, g.land), scheme).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the class colours keep their order from light to dark', () => {
    const lums = countClasses(20).slice(1).map((c) => contrast(c.color, '#000000'));
    expect(lums).toEqual([...lums].sort((a, b) => b - a));
  });
});

describe('the colours the page and the map share', () => {
  const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');

  it("the page's map ground in light and dark (styles.css light-dark()) is the palette's", () => {
    const pair = (name: string) => css.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i'))?.slice(1, 3);
    for (const [name, key] of [['sea', 'sea'], ['land', 'land'], ['land-line', 'landLine'], ['city-line', 'cityLine'], ['context-label', 'contextLabel']] as const)
      expect(pair(name), name).toEqual([GROUND.light[key], GROUND.dark[key]]);
  });

  it('styles.css spells no data colour of its own: the maps take them from the palette', () => {
    const data = [...countClasses(20).map((c) => c.color), ...Object.values(ROLE_COLORS), NO_ROLE_COLOR];
    // Rules only: the UI's own custom properties may share a hex with the data (the accent is a YlGnBu blue).
    const rules = css.replace(/^\s*--[\w-]+:.*$/gm, '').toLowerCase();
    for (const colour of data) expect(rules, colour).not.toContain(colour.toLowerCase());
  });
});
