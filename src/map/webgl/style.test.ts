import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLORS, MAP_GROUND } from './style';

describe('the colours the page and the map share', () => {
  it("the page's sea behind the map (styles.css --sea) is the map's sea: the map has no background layer", () => {
    const css = readFileSync(new URL('../../styles.css', import.meta.url), 'utf8');
    expect(css.match(/--sea:\s*light-dark\((#[0-9a-f]{6}),/i)?.[1]).toBe(COLORS.sea);
  });

  it("the page's map ground in light and dark (styles.css light-dark()) is the WebGL map's (MAP_GROUND)", () => {
    const css = readFileSync(new URL('../../styles.css', import.meta.url), 'utf8');
    const pair = (name: string) => css.match(new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i'))?.slice(1, 3);
    for (const [name, key] of [['sea', 'sea'], ['land', 'land'], ['land-line', 'landLine'], ['city-line', 'cityLine'], ['context-label', 'contextLabel']] as const)
      expect(pair(name), name).toEqual([MAP_GROUND.light[key], MAP_GROUND.dark[key]]);
  });
});
