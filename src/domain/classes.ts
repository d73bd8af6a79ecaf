/**
 * ColorBrewer's YlGnBu (Cynthia Brewer, Apache-2.0) in 3 to 7 colours, as
 * d3-scale-chromatic gives it (classes.test.ts checks they are the same). Not
 * imported from there: that package is one module holding every scheme and
 * interpolator, and took 36 KB of script, a third of the app's own, onto the
 * first view for these 25 colours.
 */
export const YLGNBU: Readonly<Record<number, readonly string[]>> = {
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

export interface CountClass {
  min: number;
  max: number;
  color: string;
}

/** Colour of the "no cluster" class: neutral, so zero never reads as "a little". */
export const ZERO_COLOR = '#ecebe6';

/**
 * Fixed classes over 0..total, where total is the number of clusters in the
 * whole dataset (not the current filter), so a colour keeps meaning the same
 * count range whatever the user filters. Zero has its own neutral class; the
 * counts 1..total are cut into six near-equal ranges coloured with ColorBrewer
 * YlGnBu, a sequential scheme that stays readable with colour-blindness.
 */
export function countClasses(total: number): CountClass[] {
  const classes: CountClass[] = [{ min: 0, max: 0, color: ZERO_COLOR }];
  const steps = Math.min(6, Math.max(1, total));
  const palette = YLGNBU[steps + 1] ?? YLGNBU[3]!;
  let min = 1;
  for (let k = 1; k <= steps; k++) {
    const max = Math.round((total * k) / steps);
    if (max < min) continue;
    classes.push({ min, max, color: palette[Math.min(k, palette.length - 1)]! });
    min = max + 1;
  }
  return classes;
}

export function classIndex(classes: readonly CountClass[], value: number): number {
  const i = classes.findIndex((c) => value >= c.min && value <= c.max);
  return i === -1 ? classes.length - 1 : i;
}

/** How many of the given values fall in each class: the legend's counts. */
export function classTally(classes: readonly CountClass[], values: Iterable<number>): number[] {
  const tally = classes.map(() => 0);
  for (const v of values) tally[classIndex(classes, v)]!++;
  return tally;
}
