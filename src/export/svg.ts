/**
 * The export page (page.ts) written as a true vector SVG: city shapes as
 * paths, every word as <text> with font fallbacks.
 */
import type { Lang } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/files';
import type { Derived } from '../store/derived';
import { FONT_STACK } from './layout';
import { exportPage, LINE_HEIGHT, type ExportPage, type PageItem, type Paint, type TextItem } from './page';
import type { ExportSummary } from './summary';

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** ` name="value"` for each attribute given. */
function attrs(list: Record<string, string | number | undefined>): string {
  return Object.entries(list)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

const paint = (p: Paint) =>
  attrs({
    fill: p.fill ?? 'none',
    'fill-opacity': p.fillOpacity,
    stroke: p.stroke,
    'stroke-opacity': p.strokeOpacity,
    'stroke-width': p.strokeWidth,
    'stroke-dasharray': p.dash?.join(' '),
  });

const dataAttrs = (data: Record<string, string> | undefined) => attrs(Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v])));

function textSvg(t: TextItem): string {
  const head = attrs({
    x: t.x,
    y: t.y,
    id: t.id,
    'font-size': t.size,
    'font-weight': t.lines.length === 1 && t.lines[0]!.weight === 700 ? 700 : undefined,
    fill: t.fill,
    'text-anchor': t.anchor === 'start' ? undefined : t.anchor,
    ...(t.halo ? { stroke: t.halo.color, 'stroke-width': t.halo.width, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } : {}),
  });
  const body =
    t.lines.length === 1
      ? escapeXml(t.lines[0]!.text)
      : t.lines
          .map((l, i) => `<tspan${attrs({ x: t.x, dy: i ? `${LINE_HEIGHT}em` : undefined, 'font-weight': l.weight === 700 ? 700 : undefined })}>${escapeXml(l.text)}</tspan>`)
          .join('');
  const el = `<text${head}${dataAttrs(t.data)}>${body}</text>`;
  // SVG 2's href, and SVG 1.1's for the editors that read only that.
  return t.href ? `<a href="${escapeXml(t.href)}" xlink:href="${escapeXml(t.href)}">${el}</a>` : el;
}

function itemSvg(item: PageItem, out: string[]): void {
  switch (item.kind) {
    case 'rect':
      out.push(`<rect${attrs({ x: item.x || undefined, y: item.y || undefined, width: item.width, height: item.height })}${paint(item)}/>`);
      return;
    case 'path':
      out.push(`<path d="${item.d}"${paint(item)}${dataAttrs(item.data)}>${item.title ? `<title>${escapeXml(item.title)}</title>` : ''}</path>`);
      return;
    case 'text':
      out.push(textSvg(item));
      return;
    case 'group': {
      const moved = item.x || item.y ? ` transform="translate(${item.x ?? 0} ${item.y ?? 0})"` : '';
      out.push(`<g id="${item.id}"${moved}>`);
      if (item.clip) {
        out.push(`<clipPath id="${item.id}-clip"><rect width="${item.clip.width}" height="${item.clip.height}"/></clipPath>`, `<g clip-path="url(#${item.id}-clip)">`);
      }
      for (const child of item.items) itemSvg(child, out);
      out.push(item.clip ? '</g></g>' : '</g>');
    }
  }
}

export function pageSvg(page: ExportPage): string {
  const out = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${page.width}" height="${page.height}" viewBox="0 0 ${page.width} ${page.height}" font-family="${escapeXml(FONT_STACK)}" lang="${page.lang}">`,
    `<title>${escapeXml(`${page.title}: ${page.subject}`)}</title>`,
  ];
  for (const item of page.items) itemSvg(item, out);
  out.push('</svg>');
  return out.join('\n');
}

export function buildSvg(opts: { geo: CitiesGeo; context: ContextGeo | null; derived: Derived; lang: Lang; summary: ExportSummary }): string {
  return pageSvg(exportPage(opts));
}
