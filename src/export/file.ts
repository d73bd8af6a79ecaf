/**
 * An export file of the view in each format the export menu offers
 * (src/panels/ExportMenu.tsx): its builders load with it, on first use.
 */
import type { CitiesGeo, ContextGeo } from '../data/files';
import type { Dataset } from '../domain/types';
import type { Derived } from '../store/derived';
import type { View } from '../store/url';
import type { SitePoint } from '../map/sites';

export type ExportFormat = 'png1' | 'png2' | 'png4' | 'svg' | 'pdf' | 'pptx' | 'csv' | 'csv-long' | 'csv-clusters' | 'csv-compare' | 'geojson';

/** Draws the WebGL map off-screen at a size, for the PNG. */
export type MapRenderer = (size: { width: number; height: number; pixelRatio: number }) => Promise<HTMLCanvasElement>;

/** What an export is made from: the view's data, once loaded. */
export interface ExportSource {
  dataset: Dataset;
  derived: Derived;
  geo: CitiesGeo;
  context: ContextGeo | null;
}

/** The reader's sites as the maps draw them, if the reader has loaded any. */
async function yourSites(geo: CitiesGeo): Promise<SitePoint[]> {
  const [{ yoursStore }, { sitePoints }] = await Promise.all([import('../store/yours'), import('../map/sites')]);
  return sitePoints(yoursStore.getState().data, geo);
}

export async function exportFile(format: ExportFormat, view: View, source: ExportSource, renderMap: MapRenderer | null, date: Date): Promise<{ blob: Blob; name: string }> {
  const { dataset, derived, geo, context } = source;
  const [{ exportFileName, exportSummary }, table, sites] = await Promise.all([import('./summary'), import('./table'), yourSites(geo)]);
  const summary = exportSummary(view, derived, date, window.location.href);
  let blob: Blob;
  let name: string;
  // The atlas is a page of its own (src/export/atlasPage.ts); the other views, the map's page.
  const atlas = view.mainView === 'atlas';
  const page = async () =>
    atlas
      ? (await import('./atlasPage')).atlasPage({ geo, dataset, view, summary })
      : (await import('./page')).exportPage({ geo, context, derived, lang: view.lang, summary, sites });
  const suffix = atlas ? 'atlas' : undefined;
  if (format === 'svg') {
    const { pageSvg } = await import('./svg');
    blob = new Blob([pageSvg(await page())], { type: 'image/svg+xml' });
    name = exportFileName(view, 'svg', date, suffix);
  } else if (format === 'pdf') {
    // jsPDF and the font load only now, in chunks of their own.
    const [{ pagePdf }, { pdfFontFile }] = await Promise.all([import('./pdf'), import('./pdfFonts')]);
    const font = await pdfFontFile(view.lang);
    blob = new Blob([pagePdf(await page(), font)], { type: 'application/pdf' });
    name = exportFileName(view, 'pdf', date, suffix);
  } else if (format === 'pptx') {
    // The deck is built and written in a worker, which loads pptxgenjs only now.
    const { pptxFile } = await import('./pptxClient');
    const { location } = window;
    blob = await pptxFile({ source: { dataset, geo, context, sites }, view, date: date.getTime(), href: location.href, base: `${location.origin}${location.pathname}` });
    name = exportFileName(view, 'pptx', date, suffix);
  } else if (format === 'csv' || format === 'csv-long') {
    const csv = format === 'csv' ? table.citiesCsv(dataset, derived, view.lang) : table.designationsCsv(dataset, derived, view.lang);
    blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    name = exportFileName(view, 'csv', date, format === 'csv-long' ? 'designations' : undefined);
  } else if (format === 'csv-clusters') {
    blob = new Blob([table.clustersCsv(derived.clusters, dataset.source)], { type: 'text/csv;charset=utf-8' });
    name = exportFileName(view, 'csv', date, 'clusters');
  } else if (format === 'csv-compare') {
    if (!view.compare) throw new Error('no comparison');
    blob = new Blob([table.compareCsv(derived, view.compare, view.lang)], { type: 'text/csv;charset=utf-8' });
    name = exportFileName(view, 'csv', date, `compare-${view.compare.join('+')}`);
  } else if (format === 'geojson') {
    blob = new Blob([table.citiesGeoJson(dataset, derived, geo, view.lang)], { type: 'application/geo+json' });
    name = exportFileName(view, 'geojson', date);
  } else {
    const scale = format === 'png1' ? 1 : format === 'png2' ? 2 : 4;
    const [{ composePng }, { MAP_BOX }] = await Promise.all([import('./png'), import('./layout')]);
    // The atlas's maps are paths on the page; the map's page takes the WebGL map's picture.
    if (!atlas && !renderMap) throw new Error('WebGL is not available');
    const image = atlas ? null : await renderMap!({ width: MAP_BOX.width, height: MAP_BOX.height, pixelRatio: scale });
    blob = await composePng(await page(), image, scale);
    name = exportFileName(view, 'png', date, [suffix, scale === 1 ? undefined : `${scale}x`].filter(Boolean).join('_') || undefined);
  }
  return { blob, name };
}
