import { describe, expect, it } from 'vitest';
import { placeLabel, textBox, textWidth } from './labelPlacement';

const bounds = { x0: 0, y0: 0, x1: 500, y1: 500 };

describe('placeLabel', () => {
  it('centres the name on its point where nothing is in the way', () => {
    expect(placeLabel([100, 100], 'Macau', 11, [], bounds)).toMatchObject({ x: 100, anchor: 'middle' });
  });

  it('moves the name beside its point when a city label covers the centre', () => {
    const zhuhai = textBox(75, 104, textWidth('Zhuhai', 12), 12, 'middle');
    const placed = placeLabel([100, 100], 'Macau', 11, [zhuhai], bounds)!;
    expect(placed.anchor).not.toBe('middle');
    expect(placed.box.x0 >= zhuhai.x1 || placed.box.x1 <= zhuhai.x0 || placed.box.y0 >= zhuhai.y1 || placed.box.y1 <= zhuhai.y0).toBe(true);
  });

  it('gives up where every position is taken or out of bounds, as the map leaves the name out', () => {
    expect(placeLabel([2, 2], 'Hong Kong', 11, [{ x0: 0, y0: 0, x1: 60, y1: 60 }], { x0: 0, y0: 0, x1: 60, y1: 60 })).toBeNull();
  });

  it('measures CJK text wider per character than Latin', () => {
    expect(textWidth('香港', 10)).toBe(20);
    expect(textWidth('HK', 10)).toBeCloseTo(12);
  });
});
