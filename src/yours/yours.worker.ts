/**
 * Reads and locates the reader's file off the page's thread: the page posts
 * the bytes (or pasted text) and gets back progress and the result. Nothing
 * here makes a request: the locator's data is bundled with this worker's
 * chunks and loaded from the app's own origin.
 */
import type { YourData } from '../domain/sites';
import { buildJoin } from './locate/join';
import { parseBoundaries, parseGazetteer } from './locate/data';
import { buildPlaceIndex, locateByName } from './locate/places';
import { dataRows, figuresOf, siteOfRow, type Locator } from './importTable';
import { guessMapping, type Mapping } from './read/columns';
import type { Encoding } from './read/decode';
import { readPasted, readTable, TableError, type ReadTable, type TableProblem } from './read/table';

export type ToWorker =
  | { type: 'file'; bytes: Uint8Array; source: string; encoding?: Encoding | undefined; sheet?: number | undefined; mapping?: Mapping | undefined }
  | { type: 'paste'; text: string; source: string; mapping?: Mapping | undefined };

export interface TableInfo {
  format: ReadTable['format'];
  encoding?: ReadTable['encoding'];
  sheets: string[];
  sheet: number;
}

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  /** Sites located so far, sent a slice at a time: the page takes each in a short task rather than 100,000 in one. */
  | { type: 'sites'; sites: YourData['sites']; rows: YourData['rows'] }
  | { type: 'done'; data: YourData; mapping: Mapping; table: TableInfo }
  | { type: 'error'; problem: TableProblem | 'failed'; detail?: number | undefined; message?: string | undefined };

let locator: Promise<Locator> | null = null;
const loadLocator = () =>
  (locator ??= Promise.all([import('../../data/locator/gazetteer.json'), import('../../data/locator/boundaries.json')]).then(([g, b]) => ({
    names: buildPlaceIndex(parseGazetteer(g.default)),
    join: buildJoin(parseBoundaries(b.default)),
  })));

const post = (message: FromWorker) => postMessage(message);
const SLICE = 2000;
const SEND = 10_000;

async function run(message: ToWorker) {
  const [table, found] = await Promise.all([
    message.type === 'file' ? readTable(message.bytes, { encoding: message.encoding, sheet: message.sheet }) : Promise.resolve(readPasted(message.text)),
    loadLocator(),
  ]);
  const rows = table.sheets[table.sheet]!.rows;
  const isCity = (cell: string) => {
    const r = locateByName(found.names, [cell]);
    return r.status === 'located' && r.by === 'city';
  };
  const mapping = message.mapping ?? guessMapping(rows, isCity);
  const indices = dataRows(rows, mapping);
  const data: YourData = { source: message.source, kind: mapping.kind, header: rows[mapping.header] ?? [], rows: indices.map((i) => rows[i]!), sites: [], figures: [], figureProblems: [] };
  if (mapping.kind === 'figures') {
    const { figures, problems } = figuresOf(rows, mapping, found.names);
    data.figures = figures;
    data.figureProblems = problems;
  } else {
    let sent = 0;
    for (let k = 0; k < indices.length; k += SLICE) {
      for (const i of indices.slice(k, k + SLICE)) data.sites.push(siteOfRow(rows[i]!, i, mapping, found));
      post({ type: 'progress', done: Math.min(k + SLICE, indices.length), total: indices.length });
      if (data.sites.length - sent >= SEND) {
        post({ type: 'sites', sites: data.sites.slice(sent), rows: data.rows.slice(sent, data.sites.length) });
        sent = data.sites.length;
      }
    }
    data.sites = data.sites.slice(sent);
    data.rows = data.rows.slice(sent);
  }
  post({ type: 'done', data, mapping, table: { format: table.format, encoding: table.encoding, sheets: table.sheets.map((s) => s.name), sheet: table.sheet } });
}

onmessage = ({ data }: MessageEvent<ToWorker>) => {
  run(data).catch((e: unknown) => {
    if (e instanceof TableError) post({ type: 'error', problem: e.problem, detail: e.detail });
    else post({ type: 'error', problem: 'failed', message: e instanceof Error ? e.message : String(e) });
  });
};
