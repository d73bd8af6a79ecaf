/**
 * The header's "Your data" button, and a file dropped anywhere on the page:
 * both open the dialog (src/panels/yours/YoursDialog.tsx, loaded then). A
 * drop of anything but files is left to the page.
 */
import { useEffect, useState } from 'react';
import { useT } from '../store/hooks';
import { afterFirstView } from '../store/later';
import { yoursDialogPart, yoursOverlaysPart } from './parts';

const YoursDialog = yoursDialogPart.Part;
const YoursOverlays = yoursOverlaysPart.Part;

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

export function YoursButton() {
  const tr = useT();
  const [open, setOpen] = useState<{ dropped: File | null } | null>(null);
  // From the first opening on, what the data adds to the page is mounted (it shows nothing until there is data).
  const [used, setUsed] = useState(false);
  if (open && !used) setUsed(true);

  // Data the reader kept on this device comes back after the first view (nothing is read before).
  useEffect(() => {
    let current = true;
    afterFirstView(() => {
      if (!('indexedDB' in window)) return;
      void import('./yours/restoreKept')
        .then((m) => m.restoreKept())
        .then((found) => current && found && setUsed(true))
        .catch(() => null);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      const file = e.dataTransfer!.files[0];
      if (file) setOpen({ dropped: file });
    };
    const ask = () => setOpen((o) => o ?? { dropped: null });
    addEventListener('dragover', over);
    addEventListener('drop', drop);
    addEventListener('gd:yours-open', ask);
    return () => {
      removeEventListener('dragover', over);
      removeEventListener('drop', drop);
      removeEventListener('gd:yours-open', ask);
    };
  }, []);

  return (
    <>
      <button type="button" className="yours-button" onClick={() => setOpen({ dropped: null })} data-testid="yours-button" aria-haspopup="dialog">
        {tr('yourData')}
      </button>
      {used && <YoursOverlays />}
      {open && <YoursDialog key={open.dropped?.name ?? ''} dropped={open.dropped} onClose={() => setOpen(null)} />}
    </>
  );
}
