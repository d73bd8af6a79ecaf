/**
 * A true vector SVG of the view: city shapes as paths from the same GeoJSON
 * and counts as the map, every word as <text> with font fallbacks, and the
 * same title, legend and source lines as the PNG.
 */
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/files';
import { cityFill, type Derived } from '../store/derived';
import { COLORS } from '../map/style';
import { projectMap } from './geoPaths';
import { mapLabels } from './labelPlacement';
import { FONT_STACK, FOOTER_Y, INK, LEGEND_BOX, MAP_BOX, MUTED, PAGE, wrap } from './layout';
import type { ExportSummary } from './summary';

export function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export function buildSvg(opts: {
  geo: CitiesGeo;
  context: ContextGeo | null;
  derived: Derived;
  lang: Lang;
  summary: ExportSummary;
}): string {
  const { geo, context, derived, lang, summary } = opts;
  const projected = projectMap(geo, context, MAP_BOX.width, MAP_BOX.height, 16);
  const out: string[] = [];
  const text = (x: number, y: number, s: string, attrs = '') =>
    out.push(`<text x="${x}" y="${y}"${attrs ? ' ' + attrs : ''}>${escapeXml(s)}</text>`);
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.width}" height="${PAGE.height}" viewBox="0 0 ${PAGE.width} ${PAGE.height}" font-family="${escapeXml(FONT_STACK)}" lang="${lang}">`,
    `<title>${escapeXml(`${summary.title}: ${summary.subtitle}`)}</title>`,
    `<rect width="${PAGE.width}" height="${PAGE.height}" fill="#ffffff"/>`,
  );
  text(24, 44, summary.title, `font-size="26" font-weight="700" fill="${INK}" id="title"`);
  text(24, 76, summary.subtitle, `font-size="17" fill="${MUTED}" id="subtitle"`);

  out.push(`<g id="map" transform="translate(${MAP_BOX.x} ${MAP_BOX.y})">`);
  out.push(`<clipPath id="map-clip"><rect width="${MAP_BOX.width}" height="${MAP_BOX.height}"/></clipPath>`);
  out.push(`<g clip-path="url(#map-clip)">`);
  out.push(`<rect width="${MAP_BOX.width}" height="${MAP_BOX.height}" fill="${COLORS.sea}"/>`);
  out.push(`<g id="context" fill="#f3f1ec" stroke="#c9c4b8" stroke-width="0.7">`);
  for (const c of projected.context) out.push(`<path d="${c.d}" data-id="${c.id}"/>`);
  out.push(`</g><g id="cities" stroke="#ffffff" stroke-width="0.8" stroke-linejoin="round">`);
  for (const c of projected.cities) {
    const { fill, opacity } = cityFill(derived, c.adcode);
    const name = derived.cityByCode.get(c.adcode)?.name[lang] ?? c.adcode;
    out.push(
      `<path d="${c.d}" fill="${fill}"${opacity < 1 ? ` fill-opacity="${opacity}"` : ''} data-adcode="${c.adcode}"><title>${escapeXml(name)}</title></path>`,
    );
  }
  // The neighbours' names go where the city labels leave room, as on the screen map.
  const labels = mapLabels(projected, derived, lang, { city: 12, context: 11, lineHeight: 1.2 }, { x0: 0, y0: 0, x1: MAP_BOX.width, y1: MAP_BOX.height });
  out.push(
    `</g><g id="context-labels" font-size="11" fill="${COLORS.contextLabel}" stroke="${COLORS.land}" stroke-width="2.5" paint-order="stroke" stroke-linejoin="round">`,
  );
  for (const { id, name, placed } of labels.context) text(placed.x, placed.y, name, `text-anchor="${placed.anchor}" data-id="${id}"`);
  out.push(`</g><g id="labels" font-size="12" fill="${INK}" text-anchor="middle" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">`);
  for (const { label, name, value } of labels.cities) {
    out.push(
      `<text x="${label[0]}" y="${label[1]}"><tspan x="${label[0]}">${escapeXml(name)}</tspan><tspan x="${label[0]}" dy="1.2em" font-weight="700">${escapeXml(value)}</tspan></text>`,
    );
  }
  out.push(`</g></g></g>`);

  out.push(`<g id="legend" transform="translate(${LEGEND_BOX.x} ${LEGEND_BOX.y})">`);
  let y = 0;
  for (const line of wrap(summary.legendTitle, 20)) {
    text(0, y + 14, line, `font-size="15" font-weight="700" fill="${INK}"`);
    y += 22;
  }
  y += 6;
  for (const item of summary.legend) {
    out.push(`<rect x="0" y="${y}" width="28" height="18" fill="${item.color}" stroke="#00000022"/>`);
    text(38, y + 14, item.label, `font-size="14" fill="${item.faint ? '#9aa0a6' : INK}"`);
    text(LEGEND_BOX.width, y + 14, item.count, `font-size="14" fill="${MUTED}" text-anchor="end"`);
    y += 27;
  }
  if (summary.legendNote) for (const line of wrap(summary.legendNote, 24)) (text(0, (y += 20), line, `font-size="12" fill="${MUTED}"`));
  if (summary.focus) {
    out.push(`<g id="focus">`);
    text(0, (y += 34), summary.focus.title, `font-size="13" font-weight="700" fill="${INK}"`);
    for (const line of summary.focus.lines) text(0, (y += 17), line, `font-size="12" fill="${INK}"`);
    for (const line of summary.focus.notice) text(0, (y += 17), line, `font-size="11" fill="${MUTED}"`);
    out.push(`</g>`);
  }
  out.push(`</g>`);

  out.push(`<g id="footer" font-size="12" fill="${MUTED}">`);
  let fy = FOOTER_Y + 14;
  for (const line of wrap(summary.source, lang === 'en' ? 170 : 90)) {
    text(24, fy, line);
    fy += 17;
  }
  text(24, fy, summary.credit);
  fy += 17;
  text(24, fy, `${summary.date} · ${summary.link}`);
  out.push(`</g></svg>`);
  return out.join('\n');
}
