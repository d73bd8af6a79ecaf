import { memo, useEffect, useRef } from 'react';
import { clustersForCity, groupByTier, type CityClusterEntry } from '../domain/counts';
import { ROLE_COLORS } from '../domain/roleStyle';
import type { Dataset, Lang, Target } from '../domain/types';
import type { Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { useLang, useT } from './hooks';

function Interpretation({ target, dataset, lang }: { target: Target; dataset: Dataset; lang: Lang }) {
  const tr = useT();
  const region = dataset.regions.find((r) => r.terms.includes(target.term ?? ''));
  if (!region || !target.term) return null;
  const names = region.cities.map((c) => dataset.cities.find((x) => x.adcode === c)?.name[lang] ?? c);
  return (
    <p className="interpretation">
      {tr('regionInterpretation', {
        term: target.term,
        region: region.name[lang],
        cities: names.join(lang === 'en' ? ', ' : '、'),
      })}
    </p>
  );
}

function ClusterEntry({ entry, dataset, lang }: { entry: CityClusterEntry; dataset: Dataset; lang: Lang }) {
  const tr = useT();
  const { cluster, targets } = entry;
  return (
    <li className="city-cluster" data-cluster={cluster.id}>
      <h4>{cluster.name[lang]}</h4>
      {targets.map((target, i) => (
        <div key={i} className="designation">
          <div className="chips">
            <span className="chip role" style={{ borderColor: ROLE_COLORS[target.role] }}>
              <span className="dot" style={{ background: ROLE_COLORS[target.role] }} />
              {tr(`role_${target.role}`)}
            </span>
            <span className={`chip basis ${target.basis}`}>{tr(target.basis === 'named' ? 'basisNamed' : 'basisRegional')}</span>
          </div>
          <blockquote lang="ja">{target.quote}</blockquote>
          {target.basis === 'regional' && <Interpretation target={target} dataset={dataset} lang={lang} />}
        </div>
      ))}
      {lang !== 'ja' && <p className="translation">{cluster.areas.en}</p>}
    </li>
  );
}

export const CityPanel = memo(function CityPanel({ derived, dataset }: { derived: Derived; dataset: Dataset }) {
  const tr = useT();
  const lang = useLang();
  const city = useAppStore((s) => s.view.city);
  const selectCity = useAppStore((s) => s.selectCity);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    if (!city) return;
    returnFocus.current ??= document.activeElement;
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') selectCity(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [city, selectCity]);

  useEffect(() => {
    if (city) return;
    const el = returnFocus.current;
    returnFocus.current = null;
    if (el instanceof HTMLElement && el.isConnected) el.focus();
  }, [city]);

  if (!city) return null;
  const info = derived.cityByCode.get(city);
  if (!info) return null;
  const count = derived.counts.get(city) ?? { all: 0, named: 0 };
  const groups = groupByTier(clustersForCity(derived.clusters, city));
  return (
    <aside className="city-panel" role="dialog" aria-modal="false" aria-labelledby="city-panel-title" data-testid="city-panel">
      <header>
        <h2 id="city-panel-title" ref={heading} tabIndex={-1}>
          {info.name[lang]}
        </h2>
        <button type="button" className="close" onClick={() => selectCity(null)} aria-label={tr('close')}>
          ×
        </button>
      </header>
      <p className="city-counts" data-testid="city-counts">
        <strong>{tr('clustersCount', { n: count.all })}</strong> · {tr('namedCount', { n: count.named })}
      </p>
      {count.all === 0 && <p>{tr('cityPanelNone')}</p>}
      {(['pillar', 'emerging'] as const).map((tier) =>
        groups[tier].length ? (
          <section key={tier}>
            <h3>
              {tr(tier === 'pillar' ? 'tierPillar' : 'tierEmerging')} ({groups[tier].length})
            </h3>
            <ul>
              {groups[tier].map((entry) => (
                <ClusterEntry key={entry.cluster.id} entry={entry} dataset={dataset} lang={lang} />
              ))}
            </ul>
          </section>
        ) : null,
      )}
    </aside>
  );
});
