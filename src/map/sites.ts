/**
 * The reader's sites as every map draws them (the map module's one model for
 * them): a point for each site read as coordinates; for the sites located by
 * a name (or picked by hand), whose place within the city is not known, one
 * ring per city at its label point, with their count. Sites with no city are
 * not drawn, except a point outside Guangdong, which is drawn where it is.
 */
import type { CitiesGeo } from '../data/files';
import { SITE } from '../domain/palette';
import type { YourData } from '../domain/sites';

export interface SitePoint {
  lon: number;
  lat: number;
  /** `point`: where the row's coordinates put it; `city`: the sites of a city located by name, at its label point. */
  kind: 'point' | 'city';
  /** The city, or null for a point outside Guangdong. */
  city: string | null;
  /** For a point: the site's row and name; for a city: how many sites. */
  row?: number | undefined;
  name?: string | undefined;
  count: number;
}

export function sitePoints(data: YourData | null, geo: CitiesGeo): SitePoint[] {
  if (!data || data.kind !== 'sites') return [];
  const points: SitePoint[] = [];
  const byName = new Map<string, number>();
  for (const site of data.sites) {
    const exact = site.lon !== undefined && site.lat !== undefined && site.by !== 'hand';
    if (exact && (site.by === 'coordinates' || site.unlocated === 'outside')) points.push({ lon: site.lon!, lat: site.lat!, kind: 'point', city: site.city, row: site.row, name: site.name, count: 1 });
    else if (site.city) byName.set(site.city, (byName.get(site.city) ?? 0) + 1);
  }
  for (const f of geo.features) {
    const count = byName.get(f.properties.adcode);
    if (count) points.push({ lon: f.properties.label_lon, lat: f.properties.label_lat, kind: 'city', city: f.properties.adcode, count });
  }
  return points;
}

export function sitePointsGeojson(points: readonly SitePoint[]): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { kind: p.kind, city: p.city ?? '', row: p.row ?? 0, name: p.name ?? '', count: p.count },
    })),
  };
}

/** A mark on a drawn map: one site, several grouped where dense, or a city's sites located by name. */
export interface SiteMark {
  x: number;
  y: number;
  kind: 'point' | 'group' | 'city';
  count: number;
  /** A single site's name (a shape's name in PowerPoint, a tooltip in SVG). */
  name?: string | undefined;
}

/**
 * The marks a static map draws (the exports): the sites read as coordinates,
 * grouped where dense (those within `radius` pixels of a group's first site
 * join it, as maplibre's clusters do on screen), and a ring per city for the
 * sites located by name. Points are given in the map's pixels.
 */
export function siteMarks(points: readonly SitePoint[], xy: readonly [number, number][], radius = 12): SiteMark[] {
  const marks: SiteMark[] = [];
  const groups: { x: number; y: number; sx: number; sy: number; count: number; name?: string | undefined }[] = [];
  const cell = new Map<string, number[]>();
  points.forEach((p, i) => {
    const [x, y] = xy[i]!;
    if (p.kind === 'city') return void marks.push({ x, y, kind: 'city', count: p.count });
    const cx = Math.floor(x / radius);
    const cy = Math.floor(y / radius);
    let joined = -1;
    for (let dx = -1; dx <= 1 && joined < 0; dx++) {
      for (let dy = -1; dy <= 1 && joined < 0; dy++) {
        for (const g of cell.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot(groups[g]!.x - x, groups[g]!.y - y) <= radius) {
            joined = g;
            break;
          }
        }
      }
    }
    if (joined >= 0) {
      const g = groups[joined]!;
      g.sx += x;
      g.sy += y;
      g.count += 1;
      return;
    }
    groups.push({ x, y, sx: x, sy: y, count: 1, name: p.name });
    const key = `${cx},${cy}`;
    cell.set(key, [...(cell.get(key) ?? []), groups.length - 1]);
  });
  for (const g of groups) {
    marks.push(g.count === 1 ? { x: g.x, y: g.y, kind: 'point', count: 1, name: g.name } : { x: Math.round((g.sx / g.count) * 10) / 10, y: Math.round((g.sy / g.count) * 10) / 10, kind: 'group', count: g.count });
  }
  return marks;
}

/** How a mark is drawn (pixels): every renderer that draws marks draws them so (the WebGL layer's paint says the same). */
export function markLook(mark: Pick<SiteMark, 'kind' | 'count'>): { r: number; fill: string; stroke: string; strokeWidth: number; ink: string | null } {
  if (mark.kind === 'point') return { r: SITE.radius, fill: SITE.fill, stroke: SITE.stroke, strokeWidth: SITE.strokeWidth, ink: null };
  if (mark.kind === 'city') return { r: SITE.ringRadius, fill: SITE.ringFill, stroke: SITE.ring, strokeWidth: SITE.ringWidth, ink: SITE.ring };
  const [first, ...steps] = SITE.groupSteps;
  let r: number = first;
  for (let i = 0; i < steps.length; i += 2) if (mark.count >= steps[i]!) r = steps[i + 1]!;
  return { r, fill: SITE.fill, stroke: SITE.stroke, strokeWidth: SITE.strokeWidth, ink: SITE.stroke };
}
