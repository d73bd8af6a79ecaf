/**
 * "Your data": a modal dialog (the native <dialog>: focus kept inside,
 * Escape closes) to bring in the reader's own file, drop, paste or the
 * example; it shows what was read and how, the guessed mapping to change,
 * and the rows that need a city, to pick by hand. The reading and locating
 * run in a worker (src/yours/client.ts) with progress and cancel; nothing
 * leaves the device.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Site, YourData } from '../../domain/sites';
import type { Lang } from '../../domain/types';
import { ty, type YoursStringKey } from '../../i18n/yoursStrings';
import { useAppStore } from '../../store/store';
import { useLang } from '../../store/hooks';
import { useYours, yoursStore } from '../../store/yours';
import { startImport, type ImportDone, type ImportFailed, type Running } from '../../yours/client';
import { ROLES, type Mapping, type Role } from '../../yours/read/columns';
import { ENCODINGS, type Encoding } from '../../yours/read/decode';
import { DATUMS, type Datum } from '../../yours/locate/coordinates';
import { download } from '../ExportMenu';
import { exampleCells, templateCsv } from './template';
import { showSitesOnMap } from './showSites';
import { follow, forget, isKept, keep } from './keep';

/** What was read, kept so a changed mapping, encoding or sheet reads it again without asking for the file. */
type Job = { type: 'file'; bytes: Uint8Array; source: string } | { type: 'paste'; text: string; source: string };

const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  shift_jis: 'Shift_JIS (CP932)',
  gb18030: 'GB18030 (GBK)',
  big5: 'Big5',
};

/** What an import's end says: the counts, or the problem named. */
export function importMessage(lang: Lang, result: ImportDone | ImportFailed): string {
  if (result.type === 'error') {
    const key = `yoursProblem_${result.problem.replace(/-/g, '_')}` as YoursStringKey;
    return ty(lang, key, { n: result.detail ?? 0, message: result.message ?? '' });
  }
  const { data } = result;
  if (data.kind === 'figures') {
    const cities = new Set(data.figures.flatMap((f) => Object.keys(f.values))).size;
    return ty(lang, 'yoursFiguresRead', { cities, n: cities, figures: data.figures.map((f) => f.name).join(lang === 'en' ? ', ' : '、') });
  }
  const located = data.sites.filter((s) => s.city !== null).length;
  return ty(lang, 'yoursSitesRead', { n: data.sites.length, located, open: data.sites.length - located });
}

export function YoursDialog({ onClose, dropped }: { onClose: () => void; dropped: File | null }) {
  const lang = useLang();
  const cityNames = useAppStore((s) => (s.data.status === 'ready' ? s.data.data.dataset.cities : []));
  const data = useYours((s) => s.data);
  const title = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const job = useRef<Job | null>(null);
  const [running, setRunning] = useState<(Running & { done: number; total: number }) | null>(null);
  const [result, setResult] = useState<ImportDone | null>(null);
  const [message, setMessage] = useState('');
  const [pasted, setPasted] = useState('');
  const [kept, setKept] = useState(false);
  useEffect(() => {
    let current = true;
    void isKept()
      .then((k) => current && setKept(k))
      .catch(() => null);
    return () => {
      current = false;
    };
  }, []);
  const setKeep = (on: boolean) => {
    setKept(on);
    follow(on);
    void (on ? keep() : forget()).catch(() => null);
  };
  const remove = () => {
    running?.cancel();
    follow(false);
    setKept(false);
    void forget().catch(() => null);
    yoursStore.getState().setData(null);
    setResult(null);
    setMessage(ty(lang, 'yoursRemoved'));
  };

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);

  const run = (next: Job, options: { encoding?: Encoding | undefined; sheet?: number | undefined; mapping?: Mapping | undefined } = {}, sameFile = false) => {
    running?.cancel();
    job.current = next;
    setMessage(ty(lang, 'yoursReading'));
    // The worker gets a copy: what is kept here stays readable for a second pass.
    const started = startImport(next.type === 'file' ? { ...next, bytes: next.bytes.slice(), ...options } : { ...next, mapping: options.mapping }, (done, total) =>
      setRunning((r) => (r ? { ...r, done, total } : r)),
    );
    setRunning({ ...started, done: 0, total: 0 });
    void started.result.then((end) => {
      setRunning(null);
      if (end.type === 'cancelled') return setMessage(ty(lang, 'yoursCancelled'));
      setMessage(importMessage(lang, end));
      if (end.type === 'error') return;
      setResult(end);
      yoursStore.getState().setData(end.data, sameFile);
      showSitesOnMap();
    });
  };

  const readFile = async (file: File) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    run({ type: 'file', bytes, source: file.name });
  };

  useEffect(() => {
    if (!dropped) return;
    let current = true;
    void dropped.arrayBuffer().then((buffer) => current && run({ type: 'file', bytes: new Uint8Array(buffer), source: dropped.name }));
    return () => {
      current = false;
    };
    // A dropped file is read once, when the dialog opens for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dropped]);

  const again = (options: { encoding?: Encoding; sheet?: number; mapping?: Mapping }) => job.current && run(job.current, options, true);
  const mapping = result?.mapping;
  const header = data?.header ?? [];
  const columnName = (i: number) => `${i + 1}: ${(header[i] ?? '').trim() || '—'}`;
  const setRole = (role: Role, column: number) => mapping && again({ mapping: { ...mapping, columns: { ...mapping.columns, [role]: column } } });
  const unlocated = data?.sites.filter((s) => s.city === null || s.by === 'hand') ?? [];
  const cityName = (code: string) => cityNames.find((c) => c.adcode === code)?.name[lang] ?? code;

  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the dialog's own Escape, as the native one does
    <dialog
      ref={dialog}
      className="yours-dialog"
      aria-labelledby={title}
      data-testid="yours-dialog"
      onClose={onClose}
      onKeyDown={(e) => e.key === 'Escape' && e.stopPropagation()}
    >
      <div className="yours-head">
        <h2 id={title}>{ty(lang, 'yoursTitle')}</h2>
        <button type="button" className="close" onClick={() => dialog.current?.close()} aria-label={ty(lang, 'yoursClose')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p>{ty(lang, 'yoursIntro')}</p>
      <p className="yours-privacy">{ty(lang, 'yoursPrivacy')}</p>
      <div className="yours-ways">
        <label className="yours-file">
          <span>{ty(lang, 'yoursChoose')}</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="yours-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void readFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <span className="yours-drop">{ty(lang, 'yoursDrop')}</span>
        <label className="yours-paste">
          <span>{ty(lang, 'yoursPasteLabel')}</span>
          <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={3} spellCheck={false} data-testid="yours-paste" />
        </label>
        <div className="yours-buttons">
          <button type="button" disabled={!pasted.trim()} onClick={() => run({ type: 'paste', text: pasted, source: ty(lang, 'yoursPasted') })} data-testid="yours-paste-read">
            {ty(lang, 'yoursPasteRead')}
          </button>
          <button type="button" onClick={() => download(new Blob([templateCsv(lang)], { type: 'text/csv;charset=utf-8' }), `sites-template-${lang}.csv`)} data-testid="yours-template">
            {ty(lang, 'yoursTemplate')}
          </button>
          <button type="button" onClick={() => run({ type: 'paste', text: exampleCells(lang), source: ty(lang, 'yoursExample') })} data-testid="yours-demo">
            {ty(lang, 'yoursDemo')}
          </button>
        </div>
      </div>

      {(data || kept) && (
        <div className="yours-buttons yours-keep">
          <label>
            <input type="checkbox" checked={kept} onChange={(e) => setKeep(e.target.checked)} data-testid="yours-keep" /> {ty(lang, 'yoursKeep')}
          </label>
          <button type="button" onClick={remove} data-testid="yours-remove">
            {ty(lang, 'yoursRemove')}
          </button>
        </div>
      )}
      <div className="yours-status" role="status" aria-live="polite" data-testid="yours-status">
        {message}
      </div>
      {running && (
        <div className="yours-progress">
          <progress max={running.total || 1} value={running.done} aria-label={ty(lang, 'yoursReading')} />
          {running.total > 0 && <span>{ty(lang, 'yoursProgress', { done: running.done, total: running.total })}</span>}
          <button type="button" onClick={() => running.cancel()} data-testid="yours-cancel">
            {ty(lang, 'yoursCancel')}
          </button>
        </div>
      )}

      {result && mapping && data && (
        <section className="yours-mapping" aria-labelledby={`${title}-mapping`}>
          <h3 id={`${title}-mapping`}>{ty(lang, 'yoursMapping')}</h3>
          <p className="yours-source">
            {ty(lang, 'yoursSource', { name: data.source })} · {ty(lang, 'yoursHeaderRow', { n: mapping.header + 1 })}
          </p>
          <div className="yours-fields">
            {result.table.encoding && (
              <label>
                <span>{ty(lang, 'yoursEncoding')}</span>
                <select value={result.table.encoding.used} onChange={(e) => again({ encoding: e.target.value as Encoding })} data-testid="yours-encoding">
                  {ENCODINGS.map((enc) => (
                    <option key={enc} value={enc}>
                      {enc === result.table.encoding!.used && !result.table.encoding!.certain ? ty(lang, 'yoursEncodingGuessed', { encoding: ENCODING_NAMES[enc] }) : ENCODING_NAMES[enc]}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {result.table.sheets.length > 1 && (
              <label>
                <span>{ty(lang, 'yoursSheet')}</span>
                <select value={result.table.sheet} onChange={(e) => again({ sheet: Number(e.target.value) })} data-testid="yours-sheet">
                  {result.table.sheets.map((name, i) => (
                    <option key={i} value={i}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              <span>{ty(lang, 'yoursKind')}</span>
              <select value={mapping.kind} onChange={(e) => again({ mapping: { ...mapping, kind: e.target.value as Mapping['kind'] } })} data-testid="yours-kind">
                <option value="sites">{ty(lang, 'yoursKind_sites')}</option>
                <option value="figures">{ty(lang, 'yoursKind_figures')}</option>
              </select>
            </label>
            {ROLES.filter((role) => mapping.kind === 'sites' || role === 'city').map((role) => (
              <label key={role}>
                <span>{ty(lang, `yoursRole_${role}`)}</span>
                <select value={mapping.columns[role]} onChange={(e) => setRole(role, Number(e.target.value))} data-testid={`yours-role-${role}`}>
                  <option value={-1}>{ty(lang, 'yoursNoColumn')}</option>
                  {header.map((_, i) => (
                    <option key={i} value={i}>
                      {columnName(i)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {mapping.kind === 'sites' && (
              <label>
                <span>{ty(lang, 'yoursDatum')}</span>
                <select value={mapping.datum} onChange={(e) => again({ mapping: { ...mapping, datum: e.target.value as Datum } })} data-testid="yours-datum">
                  {DATUMS.map((d) => (
                    <option key={d} value={d}>
                      {ty(lang, `yoursDatum_${d}`)}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {data.kind === 'sites' ? <NeedCity sites={unlocated} lang={lang} cityName={cityName} cities={cityNames.map((c) => c.adcode)} /> : <FigureProblems data={data} lang={lang} />}
          <button
            type="button"
            onClick={() => {
              yoursStore.getState().setListOpen(true);
              dialog.current?.close();
            }}
            data-testid="yours-show-list"
          >
            {ty(lang, data.kind === 'sites' ? 'yoursShowList' : 'yoursShowChart')}
          </button>
        </section>
      )}
    </dialog>
  );
}

const NEED_CITY_SHOWN = 50;

/** Why a site has no city, in words. */
export function whyUnlocated(lang: Lang, site: Site): string {
  if (site.unlocated === 'outside' && site.outsideIn) return ty(lang, site.outsideIn === '810000' ? 'yoursWhy_outside_810000' : 'yoursWhy_outside_820000');
  return site.unlocated ? ty(lang, `yoursWhy_${site.unlocated.replace(/-/g, '_')}` as YoursStringKey) : '';
}

/** The sites that need a city (and those picked by hand), each with its row, why, and a choice of city. */
function NeedCity({ sites: all, lang, cityName, cities }: { sites: Site[]; lang: Lang; cityName: (code: string) => string; cities: string[] }) {
  // The first of them here, to pick by hand; all of them in the sites' list (a table of many thousand choices would stall the page).
  const [shown, setShown] = useState(NEED_CITY_SHOWN);
  if (all.length === 0) return null;
  const sites = all.slice(0, shown);
  return (
    <div className="yours-need-city">
      <h4>{ty(lang, 'yoursNeedCity')}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{ty(lang, 'yoursRow')}</th>
            <th scope="col">{ty(lang, 'yoursName')}</th>
            <th scope="col">{ty(lang, 'yoursStatus')}</th>
            <th scope="col">{ty(lang, 'yoursCity')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => {
            const candidates = site.candidates.map((c) => c.city).filter((c, i, all) => all.indexOf(c) === i);
            const others = cities.filter((c) => !candidates.includes(c));
            return (
              <tr key={site.row} data-testid="yours-need-city-row">
                <td>{site.row}</td>
                <td>{site.name}</td>
                <td>{site.by === 'hand' ? ty(lang, 'yoursBy_hand') : whyUnlocated(lang, site)}</td>
                <td>
                  <select
                    aria-label={ty(lang, 'yoursPickFor', { name: site.name, row: site.row })}
                    value={site.city ?? ''}
                    onChange={(e) => e.target.value && yoursStore.getState().pickCity(site.row, e.target.value)}
                  >
                    <option value="">{ty(lang, 'yoursPick')}</option>
                    {candidates.length > 0 && (
                      <optgroup label={ty(lang, 'yoursCandidates')}>
                        {candidates.map((c) => (
                          <option key={c} value={c}>
                            {cityName(c)}
                          </option>
                        ))}
                      </optgroup>
                    )}
                    <optgroup label={ty(lang, 'yoursOtherCities')}>
                      {others.map((c) => (
                        <option key={c} value={c}>
                          {cityName(c)}
                        </option>
                      ))}
                    </optgroup>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {all.length > shown && (
        <button type="button" onClick={() => setShown(shown + NEED_CITY_SHOWN)} data-testid="yours-need-city-more">
          {ty(lang, 'yoursMore', { n: all.length - shown })}
        </button>
      )}
    </div>
  );
}

function FigureProblems({ data, lang }: { data: YourData; lang: Lang }) {
  if (data.figureProblems.length === 0) return null;
  return (
    <div className="yours-need-city">
      <h4>{ty(lang, 'yoursRowProblems')}</h4>
      <ul>
        {data.figureProblems.map((p) => (
          <li key={`${p.row}-${p.column ?? ''}`}>
            {ty(lang, 'yoursRow')} {p.row}: {ty(lang, `yoursFigureProblem_${p.problem.replace(/-/g, '_')}` as YoursStringKey, { column: p.column ?? '' })}
          </li>
        ))}
      </ul>
    </div>
  );
}
