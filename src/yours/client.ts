/**
 * The page's side of the import: one worker per import (src/yours/yours.worker.ts),
 * ended when the import is done or cancelled.
 */
import type { FromWorker, ToWorker } from './yours.worker';

export type ImportDone = Extract<FromWorker, { type: 'done' }>;
export type ImportFailed = Extract<FromWorker, { type: 'error' }>;

export interface Running {
  result: Promise<ImportDone | ImportFailed | { type: 'cancelled' }>;
  cancel: () => void;
}

export function startImport(job: ToWorker, onProgress: (done: number, total: number) => void): Running {
  const worker = new Worker(new URL('./yours.worker.ts', import.meta.url), { type: 'module', name: 'yours' });
  let settle: (value: ImportDone | ImportFailed | { type: 'cancelled' }) => void = () => {};
  const result = new Promise<ImportDone | ImportFailed | { type: 'cancelled' }>((resolve) => (settle = resolve));
  const end = (value: ImportDone | ImportFailed | { type: 'cancelled' }) => {
    worker.terminate();
    settle(value);
  };
  // The sites come a slice at a time, and the last with the result.
  const sites: ImportDone['data']['sites'][] = [];
  const rows: ImportDone['data']['rows'][] = [];
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'progress') onProgress(data.done, data.total);
    else if (data.type === 'sites') {
      sites.push(data.sites);
      rows.push(data.rows);
    } else if (data.type === 'done') end({ ...data, data: { ...data.data, sites: [...sites, data.data.sites].flat(), rows: [...rows, data.data.rows].flat() } });
    else end(data);
  };
  worker.onerror = (event) => end({ type: 'error', problem: 'failed', message: event.message || 'the reader did not load' });
  if (job.type === 'file') worker.postMessage(job, [job.bytes.buffer]);
  else worker.postMessage(job);
  return { result, cancel: () => end({ type: 'cancelled' }) };
}
