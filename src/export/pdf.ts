/**
 * The export page (page.ts) written as a one-page vector PDF with jsPDF:
 * the same model the SVG is written from, so the two match. Shapes are
 * paths, every word is real text in an embedded TrueType font (jsPDF embeds
 * the glyphs the page uses; the font handed in is already cut to what an
 * export in that language can say: scripts/uiFont.ts `pdfText`), and the
 * document carries its title, subject (the view), creator and language.
 */
import { GState, jsPDF } from 'jspdf';
import type { ExportPage, PageItem, Paint, TextItem } from './page';
import { LINE_HEIGHT, parseColor } from './page';
import { parsePath } from './pathData';

/** CSS pixels to PDF points: the page prints at the SVG's size at 96 dpi (12.5 × 9.375 in). */
export const PT = 0.75;
const FONT = 'ExportSans';
/** Strokes a faux bold adds around each glyph, in em (the font has one weight). */
const BOLD_STROKE = 0.035;
const PDF_CREATOR = 'Guangdong Strategic Cluster Map';

const PDF_LANG = { ja: 'ja', en: 'en-US', zh: 'zh-CN' } as const;

/** The binary string jsPDF's virtual file system takes for a font file. */
function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

class PdfWriter {
  constructor(private readonly doc: jsPDF) {}

  /** Raw content-stream operators, for what jsPDF has no call for (marked content). */
  private write(op: string) {
    (this.doc.internal as unknown as { write(s: string): void }).write(op);
  }

  private opacity(fill = 1, stroke = 1) {
    this.doc.setGState(new GState({ opacity: fill, 'stroke-opacity': stroke }));
  }

  /** Sets the paint, runs `draw`, and paints with what is set; then back to opaque. */
  private paint(p: Paint, draw: () => void) {
    const fill = p.fill ? parseColor(p.fill) : null;
    const stroke = p.stroke && p.strokeWidth ? parseColor(p.stroke) : null;
    if (!fill && !stroke) return;
    if (fill) this.doc.setFillColor(...fill.rgb);
    if (stroke) {
      this.doc.setDrawColor(...stroke.rgb);
      this.doc.setLineWidth(p.strokeWidth! * PT);
      this.doc.setLineJoin('round');
      if (p.dash) this.doc.setLineDashPattern(p.dash.map((d) => d * PT), 0);
    }
    const fillAlpha = (fill?.alpha ?? 1) * (p.fillOpacity ?? 1);
    const strokeAlpha = (stroke?.alpha ?? 1) * (p.strokeOpacity ?? 1);
    const translucent = fillAlpha < 1 || strokeAlpha < 1;
    if (translucent) this.opacity(fillAlpha, strokeAlpha);
    draw();
    if (fill && stroke) this.doc.fillStroke();
    else if (fill) this.doc.fill();
    else this.doc.stroke();
    if (translucent) this.opacity();
    if (stroke && p.dash) this.doc.setLineDashPattern([], 0);
  }

  private text(t: TextItem, dx: number, dy: number) {
    const { rgb } = parseColor(t.fill);
    const size = t.size * PT;
    const align = t.anchor === 'start' ? 'left' : t.anchor === 'end' ? 'right' : 'center';
    this.doc.setFontSize(size);
    t.lines.forEach((line, i) => {
      if (!line.text) return;
      const x = (t.x + dx) * PT;
      const y = (t.y + dy + i * LINE_HEIGHT * t.size) * PT;
      if (t.halo) {
        // The halo is the same words stroked wide beneath: marked as saying nothing, so copying or searching the page finds each word once.
        this.doc.setDrawColor(...parseColor(t.halo.color).rgb);
        this.doc.setLineWidth(t.halo.width * PT);
        this.doc.setLineJoin('round');
        this.write('/Span <</ActualText ()>> BDC');
        this.doc.text(line.text, x, y, { align, baseline: 'alphabetic', renderingMode: 'stroke' });
        this.write('EMC');
      }
      this.doc.setTextColor(...rgb);
      if (line.weight === 700) {
        this.doc.setDrawColor(...rgb);
        this.doc.setLineWidth(size * BOLD_STROKE);
        this.doc.setLineJoin('round');
      }
      this.doc.text(line.text, x, y, { align, baseline: 'alphabetic', renderingMode: line.weight === 700 ? 'fillThenStroke' : 'fill' });
      if (t.href && i === 0) {
        const width = this.doc.getTextWidth(line.text);
        const x0 = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
        this.doc.link(x0, y - size, width, size * 1.3, { url: t.href });
      }
    });
  }

  draw(items: PageItem[], dx = 0, dy = 0) {
    for (const item of items) {
      switch (item.kind) {
        case 'rect':
          this.paint(item, () => this.doc.rect((item.x + dx) * PT, (item.y + dy) * PT, item.width * PT, item.height * PT, null));
          break;
        case 'path':
          this.paint(item, () => {
            for (const ring of parsePath(item.d)) {
              ring.forEach(([x, y], i) => (i ? this.doc.lineTo : this.doc.moveTo).call(this.doc, (x + dx) * PT, (y + dy) * PT));
              this.doc.close();
            }
          });
          break;
        case 'text':
          this.text(item, dx, dy);
          break;
        case 'group': {
          const x = dx + (item.x ?? 0);
          const y = dy + (item.y ?? 0);
          if (item.clip) {
            this.doc.saveGraphicsState();
            this.doc.rect(x * PT, y * PT, item.clip.width * PT, item.clip.height * PT, null);
            this.doc.clip();
            this.doc.discardPath();
          }
          this.draw(item.items, x, y);
          if (item.clip) this.doc.restoreGraphicsState();
        }
      }
    }
  }
}

/** A one-page document the size of `page`, with its metadata, its text set in `font` (a TrueType file that has every character of the page). */
export function pdfDocument(page: ExportPage, font: Uint8Array): jsPDF {
  const doc = new jsPDF({ unit: 'pt', format: [page.width * PT, page.height * PT], orientation: 'landscape', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS(`${FONT}.ttf`, binaryString(font));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal', 400, 'Identity-H');
  doc.setFont(FONT, 'normal');
  doc.setProperties({ title: page.title, subject: page.subject, creator: PDF_CREATOR });
  doc.setLanguage(PDF_LANG[page.lang]);
  // Viewers show the title in their window, not the file's name.
  doc.viewerPreferences({ DisplayDocTitle: true });
  return doc;
}

/** Draws the page's items on `doc`, at 0.75 pt per CSS pixel. */
export function drawPage(doc: jsPDF, page: ExportPage): void {
  new PdfWriter(doc).draw(page.items);
}

/** The page as PDF bytes. */
export function pagePdf(page: ExportPage, font: Uint8Array): ArrayBuffer {
  const doc = pdfDocument(page, font);
  drawPage(doc, page);
  return doc.output('arraybuffer');
}
