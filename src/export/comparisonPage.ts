/**
 * The comparison (`compare=`) as a page of its own, for a slide: the
 * summary, then a row per cluster that targets one of the cities (those
 * that target all of them first), a column per city with its role's colour
 * (pale: via a region term) and its roles and basis in words, under the
 * role key and above the source. The map's page carries the map, the
 * legend and the summary; this one is the table at a size a room can read.
 */
import type { Lang } from '../domain/types';
import { NO_ROLE_COLOR, REGIONAL_OPACITY } from '../domain/palette';
import { roleKey } from './atlasPage';
import { cut, INK, MUTED, type PageLayout } from './layout';
import { footerItems, text, type ExportPage, type PageItem } from './page';
import type { ExportSummary } from './summary';

const LEFT = 24;
const SWATCH = 14;

export function comparisonPage(summary: ExportSummary, lang: Lang, layout: PageLayout): ExportPage {
  const cmp = summary.compare;
  if (!cmp) throw new Error('no comparison to draw');
  const { width, height } = layout.page;
  const em = lang === 'en' ? 0.56 : 1;
  const nameWidth = lang === 'en' ? 400 : 300;
  const column = (width - 2 * LEFT - nameWidth) / cmp.names.length;
  const keyY = layout.footerY - 26;
  const items: PageItem[] = [
    text(LEFT, 44, summary.title, 26, INK, { weight: 700, id: 'title' }),
    text(LEFT, 76, `${cmp.title} · ${summary.subtitle}`, 17, MUTED, { id: 'subtitle' }),
    text(LEFT, 112, cmp.summary, 15, INK, { weight: 700, id: 'summary' }),
  ];
  let y = 146;
  cmp.names.forEach((name, i) => items.push(text(LEFT + nameWidth + i * column, y, cut(name, Math.floor(column / (14 * em))), 14, INK, { weight: 700 })));
  y += 8;
  items.push({ kind: 'rect', x: LEFT, y, width: width - 2 * LEFT, height: 1, fill: '#c9c4b8' });
  const shared = cmp.rows.filter((r) => r.shared);
  const some = cmp.rows.filter((r) => !r.shared);
  const groups = [
    [cmp.sharedHeading, shared],
    [cmp.someHeading, some],
  ] as const;
  // Rows as high as fit between the header and the key, 26 px at most.
  const lines = cmp.rows.length + groups.filter(([, rows]) => rows.length).length;
  const row = Math.min(26, Math.floor((keyY - 16 - y) / Math.max(1, lines)));
  const size = Math.min(13, row - 5);
  for (const [heading, rows] of groups) {
    if (!rows.length) continue;
    items.push(text(LEFT, y + row - 6, heading, size, MUTED, { weight: 700 }));
    y += row;
    for (const r of rows) {
      items.push(text(LEFT + 8, y + row - 6, cut(r.name, Math.floor((nameWidth - 16) / (size * em))), size, INK));
      r.cells.forEach((c, i) => {
        const x = LEFT + nameWidth + i * column;
        const top = y + (row - SWATCH) / 2;
        items.push({ kind: 'rect', x, y: top, width: SWATCH, height: SWATCH, fill: c?.color ?? NO_ROLE_COLOR, ...(c?.regional ? { fillOpacity: REGIONAL_OPACITY } : {}), stroke: '#000000', strokeOpacity: 0.13, strokeWidth: 1 });
        if (c) items.push(text(x + SWATCH + 6, y + row - 6, cut(c.label, Math.floor((column - SWATCH - 12) / (size * em))), size, INK));
      });
      y += row;
    }
  }
  items.push(
    { kind: 'group', id: 'legend', x: LEFT, y: keyY, items: [...roleKey(lang)] },
    { kind: 'group', id: 'footer', items: footerItems(summary, lang, layout.footerY) },
  );
  return {
    width,
    height,
    lang,
    title: summary.title,
    subject: `${cmp.title} · ${summary.subtitle}`,
    items: [{ kind: 'rect', x: 0, y: 0, width, height, fill: '#ffffff' }, { kind: 'group', id: 'comparison', items }],
  };
}
