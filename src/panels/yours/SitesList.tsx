/**
 * "Your sites": every site read, over the map (as the atlas and sources lie
 * over it): its row, name, city and how it was found, and the clusters that
 * target its city in the current view, with role and basis. Sortable by each
 * column; a site's city opens that city's panel. Exports of the sites with
 * their clusters sit at its head.
 */
import { useMemo, useState } from 'react';
import type { Site } from '../../domain/sites';
import type { Dataset, Lang } from '../../domain/types';
import { listOf } from '../../i18n/strings';
import { ty } from '../../i18n/yoursStrings';
import type { Derived } from '../../store/derived';
import { useAppStore } from '../../store/store';
import { useLang, useT } from '../../store/hooks';
import { useYours, yoursStore } from '../../store/yours';
import { clustersByCity } from '../../export/sites';
import { download } from '../ExportMenu';
import { whyUnlocated } from './YoursDialog';

const PAGE = 200;

type Column = 'row' | 'name' | 'city' | 'by' | 'clusters';
const COLUMNS: Column[] = ['row', 'name', 'city', 'by', 'clusters'];

/** How a site was found, in words (with a swapped pair or a near border said). */
function howLocated(lang: Lang, site: Site, cityName: (code: string) => string): string {
  if (!site.by) return whyUnlocated(lang, site);
  const parts = [ty(lang, `yoursBy_${site.by}`) + (site.place ? `（${site.place}）` : '')];
  if (site.swapped) parts.push(ty(lang, 'yoursSwapped'));
  if (site.nearBorder) parts.push(ty(lang, 'yoursNearBorder', { city: cityName(site.nearBorder) }));
  return parts.join(lang === 'en' ? '; ' : '、');
}

export function SitesList({ derived, dataset }: { derived: Derived; dataset: Dataset }) {
  const lang = useLang();
  const tr = useT();
  const data = useYours((s) => s.data);
  const selectCity = useAppStore((s) => s.selectCity);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'row', descending: false });
  // Rows drawn so far: a page at a time, so a list of 100,000 sites opens at once.
  const [shown, setShown] = useState(PAGE);
  const cityName = (code: string) => derived.cityByCode.get(code)?.name[lang] ?? code;
  const rows = useMemo(() => {
    const sites = data?.sites ?? [];
    const byCity = clustersByCity(derived);
    const order = new Map(dataset.cities.map((c, i) => [c.adcode, i]));
    const withClusters = sites.map((site) => ({ site, clusters: site.city ? (byCity.get(site.city) ?? []) : [] }));
    const key = (r: (typeof withClusters)[number]): string | number => {
      switch (sort.column) {
        case 'row':
          return r.site.row;
        case 'name':
          return r.site.name;
        case 'city':
          return r.site.city ? (order.get(r.site.city) ?? 99) : 99;
        case 'by':
          return r.site.by ?? 'zz';
        case 'clusters':
          return r.clusters.length;
      }
    };
    const collator = new Intl.Collator(lang);
    return withClusters.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return (sort.descending ? -order : order) || a.site.row - b.site.row;
    });
  }, [data, derived, dataset, sort, lang]);

  if (!data || data.kind !== 'sites') return null;
  const save = async (format: 'csv' | 'geojson') => {
    const m = await import('../../export/sites');
    const text = format === 'csv' ? m.sitesCsv(data, derived, lang) : m.sitesGeojson(data, derived, lang);
    download(new Blob([text], { type: format === 'csv' ? 'text/csv;charset=utf-8' : 'application/geo+json' }), `your-sites-${lang}.${format}`);
  };
  const heading = (column: Column) => {
    const name = column === 'row' ? ty(lang, 'yoursRow') : column === 'name' ? ty(lang, 'yoursName') : column === 'city' ? ty(lang, 'yoursCity') : column === 'by' ? ty(lang, 'yoursBy') : ty(lang, 'yoursClusters');
    const active = sort.column === column;
    return (
      <th key={column} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button type="button" onClick={() => setSort({ column, descending: active ? !sort.descending : column === 'clusters' })}>
          {name}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <section className="yours-list" aria-labelledby="yours-list-title" data-testid="yours-list">
      <div className="yours-list-head">
        <h2 id="yours-list-title">
          {ty(lang, 'yoursSites')} <small>({ty(lang, 'yoursSitesCount', { n: data.sites.length })})</small>
        </h2>
        <div className="yours-buttons">
          <button type="button" onClick={() => void save('csv')} data-testid="yours-export-csv">
            {ty(lang, 'yoursExportCsv')}
          </button>
          <button type="button" onClick={() => void save('geojson')} data-testid="yours-export-geojson">
            {ty(lang, 'yoursExportGeojson')}
          </button>
          <button type="button" onClick={() => dispatchEvent(new Event('gd:yours-open'))}>
            {ty(lang, 'yoursMapping')}
          </button>
          <button type="button" onClick={() => yoursStore.getState().setListOpen(false)} data-testid="yours-list-close">
            {ty(lang, 'yoursClose')}
          </button>
        </div>
      </div>
      <p className="yours-source">{ty(lang, 'yoursSource', { name: data.source })}</p>
      <table>
        <thead>
          <tr>{COLUMNS.map(heading)}</tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map(({ site, clusters }) => (
            <tr key={site.row} data-testid="yours-list-row">
              <td>{site.row}</td>
              <td>{site.name}</td>
              <td>
                {site.city ? (
                  <button
                    type="button"
                    className="yours-city"
                    onClick={() => {
                      yoursStore.getState().setListOpen(false);
                      selectCity(site.city);
                    }}
                    aria-label={ty(lang, 'yoursOpenCity', { city: cityName(site.city) })}
                  >
                    {cityName(site.city)}
                  </button>
                ) : (
                  '—'
                )}
              </td>
              <td>{howLocated(lang, site, cityName)}</td>
              <td className="yours-clusters">
                {site.city
                  ? clusters.length
                    ? listOf(
                        lang,
                        clusters.map((e) =>
                          tr('withNote', {
                            text: e.cluster.name[lang],
                            note: listOf(lang, [...new Set(e.targets.map((t) => tr(`role_${t.role}`)))].concat(tr(e.basis === 'named' ? 'basisNamed' : 'basisRegional'))),
                          }),
                        ),
                      )
                    : ty(lang, 'yoursNoClusters')
                  : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)} data-testid="yours-list-more">
          {ty(lang, 'yoursMore', { n: rows.length - shown })}
        </button>
      )}
    </section>
  );
}
