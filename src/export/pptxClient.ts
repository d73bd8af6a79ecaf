/**
 * A PowerPoint file of the view, made in a worker (src/export/pptx.worker.ts)
 * from the view and its data: the page only posts them and waits.
 */
import type { DeckJob } from './deck';
import type { FromWorker } from './pptx.worker';

export async function pptxFile(job: DeckJob): Promise<Blob> {
  const worker = new Worker(new URL('./pptx.worker.ts', import.meta.url), { type: 'module', name: 'pptx' });
  try {
    return await new Promise<Blob>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<FromWorker>) => ('file' in data ? resolve(data.file) : reject(new Error(data.error)));
      worker.onerror = (event) => reject(new Error(event.message || 'the PowerPoint writer did not load'));
      worker.postMessage(job);
    });
  } finally {
    worker.terminate();
  }
}
