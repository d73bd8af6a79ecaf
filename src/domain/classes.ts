import { YLGNBU, ZERO_COLOR } from './palette';

export interface CountClass {
  min: number;
  max: number;
  color: string;
}

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
