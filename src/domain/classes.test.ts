import { schemeYlGnBu } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { classIndex, classTally, countClasses } from './classes';
import { YLGNBU, ZERO_COLOR } from './palette';

describe('YLGNBU', () => {
  it('is d3-scale-chromatic’s YlGnBu for every size the classes use', () => {
    for (const k of [3, 4, 5, 6, 7]) expect(YLGNBU[k], `${k} colours`).toEqual(schemeYlGnBu[k]);
  });
});

describe('countClasses', () => {
  it('gives zero its own neutral class and cuts 1..20 into six contiguous ranges', () => {
    const classes = countClasses(20);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [0, 0],
      [1, 3],
      [4, 7],
      [8, 10],
      [11, 13],
      [14, 17],
      [18, 20],
    ]);
    expect(classes[0]!.color).toBe(ZERO_COLOR);
    expect(new Set(classes.map((c) => c.color)).size).toBe(classes.length);
  });

  it('covers every count with exactly one class for small totals', () => {
    for (const total of [1, 2, 3, 5, 7]) {
      const classes = countClasses(total);
      for (let v = 0; v <= total; v++) expect(classes.filter((c) => v >= c.min && v <= c.max)).toHaveLength(1);
    }
  });
});

describe('classTally', () => {
  it('counts how many values fall in each class', () => {
    const classes = countClasses(20);
    expect(classTally(classes, [0, 0, 3, 4, 20])).toEqual([2, 1, 1, 0, 0, 0, 1]);
    expect(classIndex(classes, 12)).toBe(4);
  });
});
