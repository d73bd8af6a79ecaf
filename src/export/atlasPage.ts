/**
 * The atlas as one landscape export page (PNG, SVG, PDF; src/export/page.ts's
 * model, so every writer draws it alike): the title, the view in words, a
 * small map per cluster of the view in the policy's order (src/map/atlas.ts),
 * one legend and the source.
 */
import type { CitiesGeo } from '../data/files';
import { NO_ROLE_COLOR, REGIONAL_OPACITY, ROLE_COLORS } from '../domain/palette';
import { ROLES, type Dataset, type Lang } from '../domain/types';
import { GLOSSARY } from '../i18n/glossary';
import { t } from '../i18n/strings';
import { atlasMaps } from '../map/atlas';
import { projectMap } from '../map/projection';
import type { View } from '../store/url';
import { cut, INK, MUTED, PAGE_LAYOUT, type PageLayout } from './layout';
import { footerItems, text, type ExportPage, type PageItem, type PathItem } from './page';
import type { ExportSummary } from './summary';

const GAP = 12;
const TOP = 96;
const TITLE_HEIGHT = 18;

/** One key for maps and tables of roles: each role's colour, a pale city (via a region term), a city not targeted; in a row. */
export function roleKey(lang: Lang): PageItem[] {
  const keys: [string, string, number][] = [
    ...ROLES.map((r): [string, string, number] => [ROLE_COLORS[r], t(lang, `role_${r}`), 1]),
    [ROLE_COLORS.production, GLOSSARY.regional[lang], REGIONAL_OPACITY],
    [NO_ROLE_COLOR, t(lang, 'notTargeted'), 1],
  ];
  const legend: PageItem[] = [];
  let x = 0;
  for (const [color, label, opacity] of keys) {
    legend.push({ kind: 'rect', x, y: 0, width: 22, height: 13, fill: color, ...(opacity < 1 ? { fillOpacity: opacity } : {}), stroke: '#000000', strokeOpacity: 0.13, strokeWidth: 1 });
    legend.push(text(x + 28, 11, label, 12, INK));
    x += 28 + label.length * (lang === 'en' ? 6.6 : 12.5) + 18;
  }
  return legend;
}

export function atlasPage(opts: { geo: CitiesGeo; dataset: Dataset; view: View; summary: ExportSummary; layout?: PageLayout }): ExportPage {
  const { geo, dataset, view, summary, layout = PAGE_LAYOUT } = opts;
  const { page: size } = layout;
  const legendY = layout.footerY - 26;
  const lang = view.lang;
  const maps = atlasMaps(dataset, view);
  const columns = layout.atlasColumns(maps.length);
  const rows = Math.max(1, Math.ceil(maps.length / columns));
  const width = (size.width - 48 - GAP * (columns - 1)) / columns;
  const height = (legendY - 16 - TOP - GAP * (rows - 1)) / rows;
  const shapes = projectMap(geo, null, width, height - TITLE_HEIGHT, 3);
  const cells = maps.map((m, i): PageItem => {
    // As many characters as the cell is wide (12 px bold): the next cell's map would cover more.
    const max = Math.floor(width / (lang === 'en' ? 6.4 : 12.5));
    const name = m.cluster.name[lang];
    return {
      kind: 'group',
      id: `atlas-${m.cluster.id}`,
      x: 24 + (i % columns) * (width + GAP),
      y: TOP + Math.floor(i / columns) * (height + GAP),
      items: [
        text(0, 12, cut(name, max), 12, INK, { weight: 700 }),
        { kind: 'rect', x: 0, y: TITLE_HEIGHT, width, height: height - TITLE_HEIGHT, fill: '#d9e6ee' },
        {
          kind: 'group',
          id: `atlas-${m.cluster.id}-cities`,
          y: TITLE_HEIGHT,
          items: shapes.cities.map((c): PathItem => {
            const look = m.looks.get(c.adcode)!;
            return {
              kind: 'path',
              d: c.d,
              fill: look.fill,
              ...(look.opacity < 1 ? { fillOpacity: look.opacity } : {}),
              stroke: '#ffffff',
              strokeWidth: 0.6,
              title: look.name,
              data: { adcode: c.adcode },
            };
          }),
        },
      ],
    };
  });

  const legend = roleKey(lang);

  return {
    width: size.width,
    height: size.height,
    lang,
    title: summary.title,
    subject: `${t(lang, 'atlasView')} · ${summary.subtitle}`,
    items: [
      { kind: 'rect', x: 0, y: 0, width: size.width, height: size.height, fill: '#ffffff' },
      text(24, 44, summary.title, 26, INK, { weight: 700, id: 'title' }),
      text(24, 76, `${t(lang, 'atlasView')} · ${summary.subtitle}`, 17, MUTED, { id: 'subtitle' }),
      { kind: 'group', id: 'atlas', items: cells },
      { kind: 'group', id: 'legend', x: 24, y: legendY, items: legend },
      { kind: 'group', id: 'footer', items: footerItems(summary, lang, layout.footerY) },
    ],
  };
}
