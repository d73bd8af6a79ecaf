/**
 * The PNG page, composed on a 2D canvas (not a screenshot of the page): the
 * export page model (page.ts) drawn as the SVG and PDF are, except that its
 * map is the WebGL map re-rendered at the export's pixel ratio. Text is drawn
 * in the self-hosted fonts.
 */
import { FONT_STACK, MAP_BOX } from './layout';
import { LINE_HEIGHT, pageTexts, parseColor, type ExportPage, type PageItem } from './page';

export type PngScale = 1 | 2 | 4;

async function loadFonts(page: ExportPage): Promise<void> {
  const text = pageTexts(page)
    .flatMap((t) => t.lines.map((l) => l.text))
    .join('');
  await Promise.all(
    ['400', '700'].flatMap((w) => [
      document.fonts.load(`${w} 16px "Noto Sans JP"`, text),
      document.fonts.load(`${w} 16px "Noto Sans SC"`, text),
    ]),
  ).catch(() => undefined);
}

const rgba = (color: string, opacity = 1) => {
  const { rgb, alpha } = parseColor(color);
  return `rgba(${rgb.join(',')},${alpha * opacity})`;
};

function draw(ctx: CanvasRenderingContext2D, items: PageItem[], map: CanvasImageSource | null): void {
  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        if (item.fill) {
          ctx.fillStyle = rgba(item.fill, item.fillOpacity);
          ctx.fillRect(item.x, item.y, item.width, item.height);
        }
        if (item.stroke && item.strokeWidth) {
          // Inside the box, on whole pixels: a crisp 1 px line.
          const inset = item.strokeWidth / 2;
          ctx.strokeStyle = rgba(item.stroke, item.strokeOpacity);
          ctx.lineWidth = item.strokeWidth;
          ctx.strokeRect(item.x + inset, item.y + inset, item.width - item.strokeWidth, item.height - item.strokeWidth);
        }
        break;
      case 'text':
        ctx.fillStyle = rgba(item.fill);
        ctx.textAlign = item.anchor === 'start' ? 'left' : item.anchor === 'end' ? 'right' : 'center';
        item.lines.forEach((line, i) => {
          ctx.font = `${line.weight} ${item.size}px ${FONT_STACK}`;
          ctx.fillText(line.text, item.x, item.y + i * LINE_HEIGHT * item.size);
        });
        break;
      case 'group':
        ctx.save();
        ctx.translate(item.x ?? 0, item.y ?? 0);
        if (item.id === 'map' && map) {
          // The map is drawn on a transparent canvas: the sea is its first item, the sea's fill.
          const sea = item.items[0];
          ctx.fillStyle = sea?.kind === 'rect' && sea.fill ? sea.fill : '#ffffff';
          ctx.fillRect(0, 0, MAP_BOX.width, MAP_BOX.height);
          ctx.drawImage(map, 0, 0, MAP_BOX.width, MAP_BOX.height);
          ctx.strokeStyle = '#d8dbe0';
          ctx.lineWidth = 1;
          ctx.strokeRect(0.5, 0.5, MAP_BOX.width - 1, MAP_BOX.height - 1);
        } else draw(ctx, item.items, map);
        ctx.restore();
        break;
      case 'path': {
        // The main page's map is the picture above; the atlas's small maps are paths.
        const shape = new Path2D(item.d);
        if (item.fill) {
          ctx.fillStyle = rgba(item.fill, item.fillOpacity);
          ctx.fill(shape);
        }
        if (item.stroke && item.strokeWidth) {
          ctx.strokeStyle = rgba(item.stroke, item.strokeOpacity);
          ctx.lineWidth = item.strokeWidth;
          ctx.lineJoin = 'round';
          ctx.setLineDash(item.dash ?? []);
          ctx.stroke(shape);
          ctx.setLineDash([]);
        }
        break;
      }
    }
  }
}

/** The page at `scale` times its size, with `map` (the map box's picture) in place of its vector map (a page without one, the atlas, needs none). */
export async function composePng(page: ExportPage, map: CanvasImageSource | null, scale: PngScale): Promise<Blob> {
  await loadFonts(page);
  const canvas = document.createElement('canvas');
  canvas.width = page.width * scale;
  canvas.height = page.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  draw(ctx, page.items, map);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
  );
}
