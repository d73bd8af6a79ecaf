import { memo, useMemo, useState } from 'react';
import { citiesForCluster } from '../domain/counts';
import { ROLE_COLORS } from '../domain/palette';
import { ROLE_MARKS } from '../domain/roleStyle';
import { ROLES, type Cluster, type Dataset } from '../domain/types';
import { formatNumber, listOf } from '../i18n/strings';
import type { Derived } from '../store/derived';
import { useAppStore, type TableSort } from '../store/store';
import { ClusterLink } from './ClusterText';
import { useLang, useT } from '../store/hooks';
import { useYours } from '../store/yours';
import { ty } from '../i18n/yoursStrings';

function ariaSort(sort: TableSort, column: string) {
  return sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined;
}

/** The key to the table's role symbols (the table, the comparison). */
export function RoleKey() {
  const tr = useT();
  return (
    <ul className="table-key">
      {ROLES.map((r) => (
        <li key={r}>
          <span aria-hidden="true" style={{ color: ROLE_COLORS[r] }}>
            {ROLE_MARKS[r]}
          </span>{' '}
          {tr(`role_${r}`)}
        </li>
      ))}
    </ul>
  );
}

/** Cities × clusters: the accessible view of the map, and the one shown without WebGL. */
export const TableView = memo(function TableView({ derived, dataset, overlay }: { derived: Derived; dataset: Dataset; overlay: boolean }) {
  const tr = useT();
  const lang = useLang();
  const sort = useAppStore((s) => s.tableSort);
  const sortTable = useAppStore((s) => s.sortTable);
  const selectCity = useAppStore((s) => s.selectCity);
  const setCompare = useAppStore((s) => s.setCompare);
  // Rows picked to compare (two to four), in the order picked.
  const [picked, setPicked] = useState<string[]>([]);
  const pick = (code: string, on: boolean) => setPicked((p) => (on ? [...p.filter((c) => c !== code), code] : p.filter((c) => c !== code)));
  const roles = derived.clusters.map((c) => citiesForCluster(c));
  // The reader's data: a column of sites per city, or one per city figure.
  const yours = useYours((s) => s.data);
  const figures = yours?.kind === 'figures' ? yours.figures : [];
  // Counted once per file, not once per city and again for every comparison of the sort.
  const siteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    if (yours?.kind === 'sites') for (const site of yours.sites) if (site.city) counts.set(site.city, (counts.get(site.city) ?? 0) + 1);
    return counts;
  }, [yours]);
  const sitesIn = (code: string) => siteCounts.get(code) ?? 0;
  const order = new Map(dataset.cities.map((c, i) => [c.adcode, i]));
  const rows = [...dataset.cities];
  const key = (code: string): number => {
    if (sort.column === 'city') return order.get(code)!;
    if (sort.column === 'all') return derived.counts.get(code)!.all;
    if (sort.column === 'named') return derived.counts.get(code)!.named;
    if (sort.column === 'sites') return sitesIn(code);
    if (sort.column.startsWith('figure:')) return figures[Number(sort.column.slice(7))]?.values[code] ?? -Infinity;
    const i = derived.clusters.findIndex((c) => c.id === sort.column);
    const r = roles[i]?.get(code);
    return r ? (r.basis === 'named' ? 2 : 1) : 0;
  };
  rows.sort((a, b) => {
    const d = key(a.adcode) - key(b.adcode);
    return (sort.descending ? -d : d) || order.get(a.adcode)! - order.get(b.adcode)!;
  });
  const sortButton = (column: string, label: string, text: string) => (
    <button type="button" className="sort" onClick={() => sortTable(column)} title={tr('sortBy', { col: label })} aria-label={text ? undefined : tr('sortBy', { col: label })}>
      {text && <span>{text}</span>}
      <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : text ? '' : ' ⇅'}</span>
    </button>
  );
  const header = (column: string, label: string) => (
    <th scope="col" aria-sort={ariaSort(sort, column)}>
      {sortButton(column, label, label)}
    </th>
  );
  // A cluster's header: its name opens the cluster's card; the arrow beside it sorts.
  const clusterHeader = (cluster: Cluster) => (
    <th key={cluster.id} scope="col" aria-sort={ariaSort(sort, cluster.id)} className="cluster-col">
      <ClusterLink cluster={cluster} />
      {sortButton(cluster.id, cluster.name[lang], '')}
    </th>
  );
  return (
    <div className={overlay ? 'table-view overlay' : 'table-view'} data-testid="table-view">
      <p className="compare-pick">
        <button type="button" disabled={picked.length < 2} onClick={() => setCompare(picked)} data-testid="compare-selected">
          {tr('compareSelected', { n: picked.length })}
        </button>
      </p>
      <table>
        <caption>{tr('tableCaption')}</caption>
        <thead>
          <tr>
            {header('city', tr('city'))}
            {header('all', tr('countAll'))}
            {header('named', tr('countNamed'))}
            {yours?.kind === 'sites' && header('sites', ty(lang, 'yoursSites'))}
            {figures.map((f, i) => (
              <th key={`figure:${i}`} scope="col" aria-sort={ariaSort(sort, `figure:${i}`)} className="yours-col">
                {sortButton(`figure:${i}`, f.name, f.name)}
              </th>
            ))}
            {derived.clusters.map(clusterHeader)}
          </tr>
        </thead>
        <tbody>
          {rows.map((city) => {
            const n = derived.counts.get(city.adcode)!;
            return (
              <tr key={city.adcode} data-adcode={city.adcode}>
                <th scope="row">
                  <input
                    type="checkbox"
                    className="compare-box"
                    checked={picked.includes(city.adcode)}
                    disabled={!picked.includes(city.adcode) && picked.length >= 4}
                    onChange={(e) => pick(city.adcode, e.target.checked)}
                    aria-label={tr('compareSelect', { city: city.name[lang] })}
                  />
                  <button type="button" className="link" onClick={() => selectCity(city.adcode)}>
                    {city.name[lang]}
                  </button>
                </th>
                <td className="num" data-testid="table-all">{formatNumber(lang, n.all)}</td>
                <td className="num" data-testid="table-named">{formatNumber(lang, n.named)}</td>
                {yours?.kind === 'sites' && (
                  <td className="num yours-col" data-testid="table-sites">
                    {formatNumber(lang, sitesIn(city.adcode))}
                  </td>
                )}
                {figures.map((f, i) => (
                  <td key={`figure:${i}`} className="num yours-col" data-testid="table-figure">
                    {f.values[city.adcode] === undefined ? '—' : formatNumber(lang, f.values[city.adcode]!)}
                  </td>
                ))}
                {roles.map((r, i) => {
                  const cell = r.get(city.adcode);
                  const label = cell
                    ? tr('withNote', { text: listOf(lang, cell.roles.map((x) => tr(`role_${x}`))), note: tr(cell.basis === 'named' ? 'basisNamed' : 'basisRegional') })
                    : '';
                  return (
                    <td key={derived.clusters[i]!.id} className={cell ? `mark ${cell.basis}` : 'mark'} title={label}>
                      {cell && (
                        <>
                          <span aria-hidden="true" style={{ color: ROLE_COLORS[cell.role] }}>
                            {ROLE_MARKS[cell.role]}
                          </span>
                          <span className="sr-only">{label}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tr('total')}</th>
            <td className="num">{formatNumber(lang, [...derived.counts.values()].filter((n) => n.all > 0).length)}</td>
            <td className="num">{formatNumber(lang, [...derived.counts.values()].filter((n) => n.named > 0).length)}</td>
            {yours?.kind === 'sites' && <td className="num">{formatNumber(lang, yours.sites.filter((x) => x.city).length)}</td>}
            {figures.map((_, i) => (
              <td key={`figure:${i}`} />
            ))}
            {roles.map((r, i) => (
              <td key={derived.clusters[i]!.id} className="num">
                {formatNumber(lang, r.size)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      <RoleKey />
    </div>
  );
});
