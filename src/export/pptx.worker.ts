/// <reference lib="webworker" />
/**
 * The PowerPoint export off the page's thread: the slides' page models are
 * built here (projection, labels, a cluster's view per atlas slide) and
 * pptxgenjs writes every slide's XML in one go when it zips the deck, so the
 * whole job would hold a phone's main thread for seconds. The page posts the
 * view and its data (src/export/pptxClient.ts); the worker answers with the
 * file, or the reason it failed.
 */
import { deriveView } from '../store/derived';
import { serializeView, type View } from '../store/url';
import { deckSlides, type DeckJob } from './deck';
import { deckPptx } from './pptx';

export type FromWorker = { file: Blob } | { error: string };

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async ({ data: job }: MessageEvent<DeckJob>) => {
  try {
    const { source, view } = job;
    const derived = deriveView(source.dataset, view);
    // The view's own address as the page has it; the atlas's cluster slides, the same page with their view.
    const linkFor = (v: View) => (v === view ? job.href : `${job.base}${serializeView(v)}`);
    const file = await deckPptx(deckSlides({ ...source, derived }, view, new Date(job.date), linkFor), () => Promise.resolve());
    self.postMessage({ file } satisfies FromWorker);
  } catch (e) {
    self.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies FromWorker);
  }
};
