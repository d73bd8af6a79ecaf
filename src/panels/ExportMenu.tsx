import { useEffect, useState } from 'react';
import type { ExportFormat as Format, ExportSource, MapRenderer } from '../export/file';
import { useDisclosure } from './disclosure';
import { useAppStore } from '../store/store';
import { isLoadFailure, reloadView } from '../store/partFailed';
import { useT } from '../store/hooks';

export type { ExportSource, MapRenderer } from '../export/file';

/** Saves a file the page made (a blob URL, never a request). */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Export menu: a disclosure of plain buttons, operable by keyboard; the
 * builders load on first use (src/export/file.ts). `id` names its parts
 * (the header's is `export`; the phone's comparison view has one of its
 * own). Drawn from the first paint, so the header keeps its size; disabled
 * until the data is in (`source` null).
 */
export function ExportMenu(props: { source: ExportSource | null; renderMap: MapRenderer | null; id?: string }) {
  const id = props.id ?? 'export';
  const tr = useT();
  const { open, setOpen, button, menu, root, closeIfFocusLeft, onMenuKey } = useDisclosure();
  const comparing = useAppStore((s) => s.view.compare !== null);
  const atlasShown = useAppStore((s) => s.view.mainView === 'atlas');
  // `reload`: the export's code could not be loaded (src/store/partFailed.tsx), so a reload is offered beside the status.
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string; reload?: boolean } | null>(null);

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
    const date = new Date();
    setStatus({ kind: 'busy', text: tr('exporting') });
    try {
      // What each format is made of loads now, with the code that makes it (src/export/file.ts).
      const { exportFile } = await import('../export/file');
      const { blob, name } = await exportFile(format, view, props.source, props.renderMap, date);
      download(blob, name);
      setStatus({ kind: 'done', text: tr('exportDone', { file: name }) });
    } catch (e) {
      // Offline without the service worker (which keeps every file after one visit), the writers cannot be had.
      const loadFailed = isLoadFailure(e);
      const said = loadFailed ? tr('partFailed') : e instanceof Error ? e.message : String(e);
      const reason =
        navigator.onLine || (format !== 'pdf' && format !== 'pptx')
          ? said
          : format === 'pdf'
            ? tr('exportPdfOffline')
            : await import('../i18n/deckStrings').then(({ td }) => td(view.lang, 'pptxOffline'), () => said);
      setStatus({ kind: 'error', text: tr('exportFailed', { reason }), reload: navigator.onLine && loadFailed });
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
      {status?.reload && (
        <button type="button" className="export-reload" onClick={reloadView} data-testid={`${id}-reload`}>
          {tr('reloadView')}
        </button>
      )}
    </div>
  );
}
