/**
 * The scatter chart's model: each city's cluster count in the view (x)
 * against a figure of the reader's (y), placed in a plot box with round
 * ticks; the order the keys walk (left to right, then bottom to top); and
 * Pearson's r over the cities that have the figure. Pure, so the chart on
 * screen and its text alternative say the same.
 */
import type { CityFigure } from '../../domain/sites';
import type { Adcode } from '../../domain/types';
import type { Derived } from '../../store/derived';

interface ScatterPoint {
  city: Adcode;
  x: number;
  y: number;
  /** In the plot box's pixels (y down). */
  px: number;
  py: number;
}

export interface Scatter {
  points: ScatterPoint[];
  /** Cities the figure has no value for (not drawn). */
  missing: Adcode[];
  xTicks: number[];
  yTicks: number[];
  xMax: number;
  yMin: number;
  yMax: number;
  /** Pearson's correlation of count and figure, or null under three cities or with no spread. */
  r: number | null;
  width: number;
  height: number;
}

/** Round steps (1, 2, 5 × 10^k) that cover min to max, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  const end = Math.ceil(max / step - 1e-9) * step;
  for (let v = Math.floor(min / step + 1e-9) * step; v <= end + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

function pearson(points: readonly ScatterPoint[]): number | null {
  const n = points.length;
  if (n < 3) return null;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const p of points) {
    sxy += (p.x - mx) * (p.y - my);
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

export function scatterModel(derived: Derived, figure: CityFigure, width = 560, height = 360): Scatter {
  const cities = [...derived.cityByCode.keys()];
  const known = cities.filter((c) => figure.values[c] !== undefined);
  const values = known.map((c) => figure.values[c]!);
  const xMax = Math.max(derived.clusters.length, 1);
  const yTicks = niceTicks(Math.min(0, ...values), Math.max(...values, 0));
  const yMin = yTicks[0]!;
  const yMax = Math.max(yTicks[yTicks.length - 1]!, yMin + 1);
  const points = known
    .map((city) => {
      const x = derived.values.get(city) ?? 0;
      const y = figure.values[city]!;
      return { city, x, y, px: (x / xMax) * width, py: height - ((y - yMin) / (yMax - yMin)) * height };
    })
    .sort((a, b) => a.x - b.x || a.y - b.y);
  return {
    points,
    missing: cities.filter((c) => figure.values[c] === undefined),
    xTicks: niceTicks(0, xMax, 5),
    yTicks,
    xMax,
    yMin,
    yMax,
    r: pearson(points),
    width,
    height,
  };
}
