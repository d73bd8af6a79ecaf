import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLORS } from './style';

describe('the colours the page and the map share', () => {
  it("the page's sea behind the map (styles.css --sea) is the map's sea: the map has no background layer", () => {
    const css = readFileSync(new URL('../styles.css', import.meta.url), 'utf8');
    expect(css.match(/--sea:\s*(#[0-9a-f]{6})/i)?.[1]).toBe(COLORS.sea);
  });
});
