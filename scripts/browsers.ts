/**
 * The browsers the app supports (README: Browser support), from the
 * `browserslist` query in package.json, as the build's targets: the oldest
 * version of each engine family, in the form Vite's `build.target` and
 * `build.cssTarget` take ("safari16.4"). Lightning CSS lowers what those
 * lack (light-dark(), for one); Oxc, the JS syntax.
 */
import browserslist from 'browserslist';

const FAMILIES: Record<string, string> = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'ios' };

/** The build's targets for the package's browserslist (or a query given). */
export function buildTargets(query?: string | string[]): string[] {
  const oldest = new Map<string, number>();
  for (const entry of browserslist(query, { path: import.meta.dirname })) {
    const [name, version] = entry.split(' ') as [string, string];
    const family = FAMILIES[name];
    // A range ("16.4-16.7") counts by its first version.
    const v = Number(version.split('-')[0]);
    if (family && !(oldest.get(family)! <= v)) oldest.set(family, v);
  }
  if (!oldest.size) throw new Error(`browserslist: no supported browser family in ${JSON.stringify(query ?? 'package.json')}`);
  return [...oldest].map(([family, v]) => `${family}${v}`);
}
