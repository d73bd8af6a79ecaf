import { describe, expect, it } from 'vitest';
import { countClasses } from '../domain/classes';
import { ROLE_COLORS } from '../domain/roleStyle';
import { COLORS, MAP_GROUND } from './webgl/style';

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
  const fills = [...countClasses(20).map((c) => c.color), ...Object.values(ROLE_COLORS), '#f7f7f4'];

  it('a city name (dark on a white halo) reads at 4.5:1 or more on every class and role colour', () => {
    for (const fill of fills) expect(contrast(COLORS.label, over(COLORS.labelHalo, fill)), fill).toBeGreaterThanOrEqual(4.5);
  });

  it("a neighbour's name reads at 4.5:1 or more on its land, light and dark", () => {
    for (const scheme of ['light', 'dark'] as const) {
      const g = MAP_GROUND[scheme];
      expect(contrast(g.contextLabel, g.land), scheme).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the class colours keep their order from light to dark', () => {
    const lums = countClasses(20).slice(1).map((c) => contrast(c.color, '#000000'));
    expect(lums).toEqual([...lums].sort((a, b) => b - a));
  });
});
