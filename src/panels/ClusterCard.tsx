import { memo } from 'react';
import { targetsByRole } from '../domain/counts';
import { focusOf, regionOf, termIn } from '../domain/texts';
import { ROLE_COLORS } from '../domain/palette';
import type { Adcode, Cluster, Dataset } from '../domain/types';
import { useAppStore } from '../store/store';
import { htmlLang } from '../i18n/strings';
import { NotesList, SourceText } from './ClusterText';
import { LangText } from './LangText';
import { useLang, useT } from '../store/hooks';

function CityButtons({ codes, names }: { codes: Adcode[]; names: ReadonlyMap<Adcode, string> }) {
  const selectCity = useAppStore((s) => s.selectCity);
  return (
    <ul className="card-cities">
      {codes.map((code) => (
        <li key={code}>
          <button type="button" className="city-chip" onClick={() => selectCity(code)} data-adcode={code}>
            {names.get(code) ?? code}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * What one cluster is: its names, focus areas, target areas and the cities
 * they reach by role, and how the source was read. Shown whenever exactly one
 * industry is selected.
 */
export const ClusterCard = memo(function ClusterCard({ cluster, dataset }: { cluster: Cluster; dataset: Dataset }) {
  const tr = useT();
  const lang = useLang();
  const closeCluster = useAppStore((s) => s.closeCluster);
  const order = dataset.cities.map((c) => c.adcode);
  const names = new Map(dataset.cities.map((c) => [c.adcode, c.name[lang]]));
  const focus = focusOf(cluster);
  const seedCells = [
    ['cellTier', cluster.seed.tier],
    ['cellName', cluster.seed.name],
    ['focus', cluster.seed.focus],
    ['targetAreas', cluster.seed.areas],
  ] as const;
  return (
    <section className="cluster-card" aria-labelledby="cluster-card-title" data-testid="cluster-card" data-cluster={cluster.id}>
      <div className="card-top">
        <span className={`chip tier ${cluster.tier}`}>{tr(cluster.tier === 'pillar' ? 'tierPillar' : 'tierEmerging')}</span>
        <button type="button" className="card-back" onClick={closeCluster} data-testid="card-back">
          {tr('backToSelection')}
        </button>
      </div>
      <h2 id="cluster-card-title">{cluster.name[lang]}</h2>
      {/* In Chinese the heading is the official name already. */}
      {lang !== 'zh' && (
        <p className="official-name">
          {tr('labelled', { label: tr('officialName') })}
          <span lang="zh-Hans">{cluster.name.zh}</span>
        </p>
      )}

      <h3>{tr('focus')}</h3>
      {focus ? (
        <SourceText texts={focus} testId="card-focus" />
      ) : (
        <div className="focus-missing" data-testid="card-focus">
          <p>{tr('focusMissing')}</p>
          {cluster.focusSupplement && (
            <aside className="supplement" aria-label={tr('supplement')}>
              <strong>{tr('supplement')}</strong>
              <p>{cluster.focusSupplement.text[lang]}</p>
              <p className="supplement-source">
                <LangText text={tr('supplementSource', { source: cluster.focusSupplement.source[lang] })} />
              </p>
            </aside>
          )}
        </div>
      )}

      <h3>{tr('targetAreas')}</h3>
      <blockquote lang="ja">{cluster.areas.ja}</blockquote>
      {lang !== 'ja' && (
        <>
          <p className="translation" lang={htmlLang(lang)} data-testid="card-areas">
            {cluster.areas[lang]}
          </p>
          {lang === 'zh' && <p className="translation-notice">{tr('translationNotice')}</p>}
        </>
      )}

      <h3>{tr('citiesByRole')}</h3>
      <dl className="card-roles" data-testid="card-roles">
        {targetsByRole(cluster, order).map((group) => (
          <div key={group.role} className="card-role" data-role={group.role}>
            <dt>
              <span className="dot" style={{ background: ROLE_COLORS[group.role] }} aria-hidden="true" />
              {tr(`role_${group.role}`)}
            </dt>
            {group.named.length > 0 && (
              <dd className="named">
                <span className="basis-label">{tr('basisNamed')}</span>
                <CityButtons codes={group.named} names={names} />
              </dd>
            )}
            {group.regional.map((r) => (
              <dd key={r.term} className="regional">
                <span className="basis-label">{tr('viaTerm', { term: termIn(regionOf(dataset.regions, r.term), r.term, lang) })}</span>
                <CityButtons codes={r.cities} names={names} />
              </dd>
            ))}
          </div>
        ))}
      </dl>

      <details className="how-read">
        <summary>{tr('howRead')}</summary>
        <NotesList notes={cluster.notes} />
        <h4>{tr('asExtracted')}</h4>
        <dl className="seed-cells">
          {seedCells.map(([key, cell]) => (
            <div key={key}>
              <dt>{tr(key)}</dt>
              <dd lang="ja">{cell ?? tr('emptyCell')}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
});
