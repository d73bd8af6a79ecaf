/**
 * The PNG page, composed on a 2D canvas (not a screenshot of the page): the
 * re-rendered map image plus title, legend, source lines, date and link
 * drawn as text in the self-hosted fonts.
 */
import type { Lang } from '../domain/types';
import { COLORS } from '../map/style';
import { FONT_STACK, FOOTER_Y, INK, LEGEND_BOX, MAP_BOX, MUTED, PAGE, wrap } from './layout';
import type { ExportSummary } from './summary';

export type PngScale = 1 | 2 | 4;

async function loadFonts(summary: ExportSummary): Promise<void> {
  const text = [
    summary.title,
    summary.subtitle,
    summary.legendTitle,
    summary.source,
    summary.credit,
    summary.date,
    ...summary.legend.map((l) => l.label + l.count),
    ...(summary.focus ? [summary.focus.title, ...summary.focus.lines, ...summary.focus.notice] : []),
  ].join('');
  await Promise.all(
    ['400', '700'].flatMap((w) => [
      document.fonts.load(`${w} 16px "Noto Sans JP"`, text),
      document.fonts.load(`${w} 16px "Noto Sans SC"`, text),
    ]),
  ).catch(() => undefined);
}

export async function composePng(mapImage: CanvasImageSource, summary: ExportSummary, scale: PngScale, lang: Lang): Promise<Blob> {
  await loadFonts(summary);
  const canvas = document.createElement('canvas');
  canvas.width = PAGE.width * scale;
  canvas.height = PAGE.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PAGE.width, PAGE.height);
  ctx.textBaseline = 'alphabetic';
  const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT_STACK}`;
  const text = (s: string, x: number, y: number, size: number, color: string, weight = 400, align: CanvasTextAlign = 'left') => {
    ctx.font = font(size, weight);
    ctx.fillStyle = color;
    ctx.textAlign = align;
    ctx.fillText(s, x, y);
  };

  text(summary.title, 24, 44, 26, INK, 700);
  text(summary.subtitle, 24, 76, 17, MUTED);
  // The map is drawn on a transparent canvas: the sea is this fill.
  ctx.fillStyle = COLORS.sea;
  ctx.fillRect(MAP_BOX.x, MAP_BOX.y, MAP_BOX.width, MAP_BOX.height);
  ctx.drawImage(mapImage, MAP_BOX.x, MAP_BOX.y, MAP_BOX.width, MAP_BOX.height);
  ctx.strokeStyle = '#d8dbe0';
  ctx.strokeRect(MAP_BOX.x + 0.5, MAP_BOX.y + 0.5, MAP_BOX.width - 1, MAP_BOX.height - 1);

  let y = LEGEND_BOX.y;
  for (const line of wrap(summary.legendTitle, 20)) {
    text(line, LEGEND_BOX.x, y + 14, 15, INK, 700);
    y += 22;
  }
  y += 6;
  for (const item of summary.legend) {
    ctx.fillStyle = item.color;
    ctx.fillRect(LEGEND_BOX.x, y, 28, 18);
    ctx.strokeStyle = 'rgba(0,0,0,0.13)';
    ctx.strokeRect(LEGEND_BOX.x + 0.5, y + 0.5, 27, 17);
    text(item.label, LEGEND_BOX.x + 38, y + 14, 14, item.faint ? '#9aa0a6' : INK);
    text(item.count, LEGEND_BOX.x + LEGEND_BOX.width, y + 14, 14, MUTED, 400, 'right');
    y += 27;
  }
  if (summary.legendNote) for (const line of wrap(summary.legendNote, 24)) text(line, LEGEND_BOX.x, (y += 20), 12, MUTED);
  if (summary.focus) {
    text(summary.focus.title, LEGEND_BOX.x, (y += 34), 13, INK, 700);
    for (const line of summary.focus.lines) text(line, LEGEND_BOX.x, (y += 17), 12, INK);
    for (const line of summary.focus.notice) text(line, LEGEND_BOX.x, (y += 17), 11, MUTED);
  }

  let fy = FOOTER_Y + 14;
  for (const line of wrap(summary.source, lang === 'en' ? 170 : 90)) {
    text(line, 24, fy, 12, MUTED);
    fy += 17;
  }
  text(summary.credit, 24, fy, 12, MUTED);
  text(`${summary.date} · ${summary.link}`, 24, fy + 17, 12, MUTED);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
