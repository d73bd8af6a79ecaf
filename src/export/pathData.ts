/** The export page's path data (page.ts `PathItem.d`) read back as rings of points, for the writers that draw point by point. */

/** SVG path data of `M`, `L` and `Z` commands as rings of points (`e` is an exponent, not a command). */
export function parsePath(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  for (const [, command, args] of d.matchAll(/([A-DF-Za-df-z])([^A-DF-Za-df-z]*)/g)) {
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'Z') continue;
    if ((command !== 'M' && command !== 'L') || n.length !== 2 || n.some((v) => !Number.isFinite(v)))
      throw new Error(`path command the export does not draw: ${command}${args}`);
    if (command === 'M') rings.push([]);
    rings.at(-1)?.push([n[0]!, n[1]!]);
  }
  return rings;
}
