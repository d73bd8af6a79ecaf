import { useEffect, useState } from 'react';
import { useDisclosure } from './disclosure';
import type { Dataset } from '../domain/types';
import type { CitiesGeo, ContextGeo } from '../data/files';
import type { Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { useT } from '../store/hooks';

export type MapRenderer = (size: { width: number; height: number; pixelRatio: number }) => Promise<HTMLCanvasElement>;

type Format = 'png1' | 'png2' | 'png4' | 'svg' | 'pdf' | 'pptx' | 'csv' | 'csv-long' | 'csv-clusters' | 'csv-compare' | 'geojson';

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What an export is made from: the view's data, once loaded. */
export interface ExportSource {
  dataset: Dataset;
  derived: Derived;
  geo: CitiesGeo;
  context: ContextGeo | null;
}

/**
 * Export menu: a disclosure of plain buttons, operable by keyboard; the
 * builders load on first use. `id` names its parts (the header's is
 * `export`; the phone's comparison view has one of its own). Drawn from the first paint, so the header keeps
 * its size; disabled until the data is in (`source` null).
 */
export function ExportMenu(props: { source: ExportSource | null; renderMap: MapRenderer | null; id?: string }) {
  const id = props.id ?? 'export';
  const tr = useT();
  const { open, setOpen, button, menu, root, closeIfFocusLeft, onMenuKey } = useDisclosure();
  const comparing = useAppStore((s) => s.view.compare !== null);
  const atlasShown = useAppStore((s) => s.view.mainView === 'atlas');
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);

  useEffect(() => {
    if (status?.kind !== 'done') return;
    const timer = setTimeout(() => setStatus(null), 8000);
    return () => clearTimeout(timer);
  }, [status]);

  async function run(format: Format) {
    setOpen(false);
    button.current?.focus();
    const view = useAppStore.getState().view;
    if (!props.source) return;
    const { dataset, derived, geo, context } = props.source;
    const { renderMap } = props;
    const date = new Date();
    setStatus({ kind: 'busy', text: tr('exporting') });
    try {
      const [{ exportFileName, exportSummary }, table] = await Promise.all([import('../export/summary'), import('../export/table')]);
      const summary = exportSummary(view, derived, date, window.location.href);
      let blob: Blob;
      let name: string;
      // The atlas is a page of its own (src/export/atlasPage.ts); the other views, the map's page.
      const atlas = view.mainView === 'atlas';
      const page = async () =>
        atlas
          ? (await import('../export/atlasPage')).atlasPage({ geo, dataset, view, summary })
          : (await import('../export/page')).exportPage({ geo, context, derived, lang: view.lang, summary });
      const suffix = atlas ? 'atlas' : undefined;
      if (format === 'svg') {
        const { pageSvg } = await import('../export/svg');
        blob = new Blob([pageSvg(await page())], { type: 'image/svg+xml' });
        name = exportFileName(view, 'svg', date, suffix);
      } else if (format === 'pdf') {
        // jsPDF and the font load only now, in chunks of their own.
        const [{ pagePdf }, { pdfFontFile }] = await Promise.all([import('../export/pdf'), import('../export/pdfFonts')]);
        const font = await pdfFontFile(view.lang);
        blob = new Blob([pagePdf(await page(), font)], { type: 'application/pdf' });
        name = exportFileName(view, 'pdf', date, suffix);
      } else if (format === 'pptx') {
        // The deck is built and written in a worker, which loads pptxgenjs only now.
        const { pptxFile } = await import('../export/pptxClient');
        const { location } = window;
        blob = await pptxFile({ source: { dataset, geo, context }, view, date: date.getTime(), href: location.href, base: `${location.origin}${location.pathname}` });
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
        const [{ composePng }, { MAP_BOX }] = await Promise.all([import('../export/png'), import('../export/layout')]);
        // The atlas's maps are paths on the page; the map's page takes the WebGL map's picture.
        if (!atlas && !renderMap) throw new Error('WebGL is not available');
        const image = atlas ? null : await renderMap!({ width: MAP_BOX.width, height: MAP_BOX.height, pixelRatio: scale });
        blob = await composePng(await page(), image, scale);
        name = exportFileName(view, 'png', date, [suffix, scale === 1 ? undefined : `${scale}x`].filter(Boolean).join('_') || undefined);
      }
      download(blob, name);
      setStatus({ kind: 'done', text: tr('exportDone', { file: name }) });
    } catch (e) {
      // Offline, the PDF and PowerPoint writers load only if one was made before (the service worker keeps them).
      const said = e instanceof Error ? e.message : String(e);
      const reason =
        navigator.onLine || (format !== 'pdf' && format !== 'pptx')
          ? said
          : format === 'pdf'
            ? tr('exportPdfOffline')
            : await import('../i18n/deckStrings').then(({ td }) => td(view.lang, 'pptxOffline'), () => said);
      setStatus({ kind: 'error', text: tr('exportFailed', { reason }) });
    }
    // Back on the menu's button (the status says the result), unless the reader has gone elsewhere meanwhile.
    if (document.activeElement === document.body || document.activeElement === button.current) button.current?.focus();
  }

  const items: { format: Format; label: string; disabled?: boolean }[] = [
    { format: 'png1', label: tr('exportPng', { scale: 1 }), disabled: !props.renderMap && !atlasShown },
    { format: 'png2', label: tr('exportPng', { scale: 2 }), disabled: !props.renderMap && !atlasShown },
    { format: 'png4', label: tr('exportPng', { scale: 4 }), disabled: !props.renderMap && !atlasShown },
    { format: 'svg', label: tr('exportSvg') },
    { format: 'pdf', label: tr('exportPdf') },
    { format: 'pptx', label: tr('exportPptx') },
    { format: 'csv', label: tr('exportCsv') },
    { format: 'csv-long', label: tr('exportCsvLong') },
    { format: 'csv-clusters', label: tr('exportCsvClusters') },
    ...(comparing ? [{ format: 'csv-compare' as const, label: tr('exportCsvCompare') }] : []),
    { format: 'geojson', label: tr('exportGeojson') },
  ];
  return (
    <div className="export" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => status?.kind !== 'busy' && setOpen(!open)}
        // Not disabled while an export runs: focus stays on it (a disabled button drops focus to the page).
        disabled={!props.source}
        aria-disabled={status?.kind === 'busy' || undefined}
        data-testid={`${id}-button`}
        onBlur={closeIfFocusLeft}
      >
        {tr('export')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div id={`${id}-menu`} className="export-menu" ref={menu} data-testid={`${id}-menu`}>
          {items.map((item) => (
            <button
              key={item.format}
              type="button"
              disabled={item.disabled}
              onClick={() => void run(item.format)}
              onKeyDown={onMenuKey}
              onBlur={closeIfFocusLeft}
              data-format={item.format}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
      <span className={`export-status ${status?.kind ?? ''}`} role="status" aria-live="polite" data-testid={`${id}-status`}>
        {status?.text}
      </span>
    </div>
  );
}
