/**
 * Cities side by side (`compare=`, src/domain/compare.ts), where the city
 * panel would be: over the map's right side on a desktop, the whole screen
 * on an upright phone. A table with a column per city (its counts in the
 * header) and a row per cluster that targets any of them, in the policy's
 * order: first those that target all of them, then those that target only
 * some, each part by tier; each cell the city's roles and basis in the
 * table's symbols, the policy's words on demand. The summary line is a live
 * region, so a changed comparison is said. Loaded when a comparison opens.
 */
import { Fragment, memo, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { MAX_COMPARED } from '../domain/cityCodes';
import { compareCities, type CompareRow } from '../domain/compare';
import { ROLE_COLORS } from '../domain/palette';
import { ROLE_MARKS } from '../domain/roleStyle';
import type { Adcode, Dataset, Tier } from '../domain/types';
import { compareSummary, tc } from '../i18n/compareStrings';
import { CompareSites } from './yours/CitySites';
import { htmlLang, listOf } from '../i18n/strings';
import type { Derived } from '../store/derived';
import { useLang, useMapCover, useT } from '../store/hooks';
import { useAppStore } from '../store/store';
import { ClusterLink } from './ClusterText';
import { FIRST_PAINT_MEDIA } from '../map/media';
import { ExportMenu, type ExportSource, type MapRenderer } from './ExportMenu';
import { RoleKey } from './TableView';

function Row({ row, names }: { row: CompareRow; names: string[] }) {
  const tr = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <tr data-cluster={row.cluster.id}>
        <th scope="row">
          <ClusterLink cluster={row.cluster} />
          <button type="button" className="more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            {tc(lang, open ? 'compareQuotesHide' : 'compareQuotes')}
          </button>
        </th>
        {row.cells.map((cell, i) => {
          const label = cell
            ? tr('withNote', { text: listOf(lang, cell.roles.map((r) => tr(`role_${r}`))), note: tr(cell.basis === 'named' ? 'basisNamed' : 'basisRegional') })
            : tc(lang, 'compareNotTargeted');
          return (
            <td key={i} className={cell ? `mark ${cell.basis}` : 'mark'} title={label} data-city={names[i]}>
              {cell && (
                <span aria-hidden="true" style={{ color: ROLE_COLORS[cell.role] }}>
                  {ROLE_MARKS[cell.role]}
                </span>
              )}
              <span className="sr-only">{label}</span>
            </td>
          );
        })}
      </tr>
      {open && (
        <tr className="compare-quotes" id={id}>
          <td colSpan={names.length + 1}>
            {row.quotes.map((quotes, i) =>
              quotes.length ? (
                <div key={i}>
                  <span className="compare-quote-city">{names[i]}</span>
                  {quotes.map((q, k) => (
                    <blockquote key={k} lang="ja">
                      {q.quote}
                    </blockquote>
                  ))}
                </div>
              ) : null,
            )}
          </td>
        </tr>
      )}
    </>
  );
}

/** One part of the table (all of them, or some), its rows under their tiers. */
function Part({ title, rows, names }: { title: string; rows: CompareRow[]; names: string[] }) {
  const tr = useT();
  if (!rows.length) return null;
  return (
    <tbody>
      <tr className="compare-part">
        <th scope="colgroup" colSpan={names.length + 1}>
          {title}
        </th>
      </tr>
      {(['pillar', 'emerging'] as Tier[]).map((tier) => {
        const inTier = rows.filter((r) => r.cluster.tier === tier);
        return inTier.length ? (
          <Fragment key={tier}>
            <tr className="compare-tier">
              <th scope="colgroup" colSpan={names.length + 1}>
                {tr(tier === 'pillar' ? 'tierPillar' : 'tierEmerging')}
              </th>
            </tr>
            {inTier.map((row) => (
              <Row key={row.cluster.id} row={row} names={names} />
            ))}
          </Fragment>
        ) : null;
      })}
    </tbody>
  );
}

/** Where the comparison is a view of its own (the whole screen: src/styles.css), over the header and its export menu. */
const OWN_VIEW = FIRST_PAINT_MEDIA;
const ownView = (onChange: () => void) => {
  const query = matchMedia(OWN_VIEW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

export const ComparePanel = memo(function ComparePanel({
  derived,
  dataset,
  exportSource,
  renderMap,
}: {
  derived: Derived;
  dataset: Dataset;
  exportSource: ExportSource | null;
  renderMap: MapRenderer | null;
}) {
  const tr = useT();
  // On a phone the view covers the header, so it brings its own export menu (the comparison's CSV, the deck, the page).
  const phone = useSyncExternalStore(ownView, () => matchMedia(OWN_VIEW).matches);
  const lang = useLang();
  const codes = useAppStore((s) => s.view.compare);
  const setCompare = useAppStore((s) => s.setCompare);
  const heading = useRef<HTMLHeadingElement>(null);
  const cover = useMapCover('panel');
  const open = codes !== null;

  // Focus on the heading when the comparison opens; Escape ends it.
  useEffect(() => {
    if (!open) return;
    const back = document.activeElement;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setCompare(null);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [open, setCompare]);

  const comparison = useMemo(() => (codes ? compareCities(derived.clusters, codes) : null), [derived.clusters, codes]);
  if (!codes || !comparison) return null;
  const names = codes.map((c: Adcode) => derived.cityByCode.get(c)?.name[lang] ?? c);
  const others = dataset.cities.filter((c) => !codes.includes(c.adcode));
  return (
    <aside ref={cover} className="city-panel compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <header>
        <h2 id="compare-title" ref={heading} tabIndex={-1}>
          {tc(lang, 'compareTitle')}
        </h2>
        {phone && <ExportMenu id="compare-export" source={exportSource} renderMap={renderMap} />}
        <button type="button" className="close" onClick={() => setCompare(null)} aria-label={tr('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="compare-summary" role="status" aria-live="polite" data-testid="compare-summary">
        {compareSummary(lang, names, comparison.shared.length, comparison.alone)}
      </p>
      <CompareSites cities={codes} names={names} />
      <div className="compare-scroll">
        <table className="compare-table" data-testid="compare-table">
          <caption className="sr-only">{tc(lang, 'compareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{tc(lang, 'compareCluster')}</th>
              {codes.map((code, i) => {
                const n = derived.counts.get(code) ?? { all: 0, named: 0 };
                return (
                  <th key={code} scope="col" data-adcode={code}>
                    <span className="compare-city" lang={htmlLang(lang)}>
                      {names[i]}
                    </span>
                    <span className="compare-counts">
                      {tr('clustersCount', { n: n.all })}
                      <br />
                      {tr('namedCount', { n: n.named })}
                    </span>
                    <button type="button" className="compare-remove" onClick={() => setCompare(codes.filter((c) => c !== code))} aria-label={tc(lang, 'compareRemove', { city: names[i]! })}>
                      <span aria-hidden="true">×</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <Part title={tc(lang, 'compareShared', { n: comparison.shared.length })} rows={comparison.shared} names={names} />
          <Part title={tc(lang, 'compareSome', { n: comparison.some.length })} rows={comparison.some} names={names} />
        </table>
      </div>
      {!comparison.shared.length && !comparison.some.length && <p>{tc(lang, 'compareNone')}</p>}
      {codes.length < MAX_COMPARED && (
        <label className="compare-add">
          <span>{tc(lang, 'compareAdd')}</span>
          <select value="" onChange={(e) => e.target.value && setCompare([...codes, e.target.value])} data-testid="compare-add">
            <option value="">—</option>
            {others.map((c) => (
              <option key={c.adcode} value={c.adcode}>
                {c.name[lang]}
              </option>
            ))}
          </select>
        </label>
      )}
      <RoleKey />
    </aside>
  );
});
