/**
 * The sources and method, as plain text: the source, the table as extracted
 * beside the repaired text, every repair and interpretation, the region terms,
 * and how counts and colours work. Readable by screen readers and printable;
 * loaded only when opened.
 */
import { countClasses } from '../domain/classes';
import { focusOf } from '../domain/texts';
import type { Cluster, Dataset, Lang } from '../domain/types';
import { ts } from '../i18n/sourcesStrings';
import { formatDate, htmlLang, listOf } from '../i18n/strings';
import { ClusterLink, NotesList } from './ClusterText';
import { LangText } from './LangText';
import { useLang, useT } from '../store/hooks';

function Cell({ text, lang }: { text: string | null; lang: Lang }) {
  const tr = useT();
  return text === null ? <td className="empty-cell">{tr('emptyCell')}</td> : <td lang={htmlLang(lang)}>{text}</td>;
}

function ClusterRows({ cluster }: { cluster: Cluster }) {
  const tr = useT();
  const lang = useLang();
  const focus = focusOf(cluster);
  const rows = [
    { key: 'cellTier', seed: cluster.seed.tier, repaired: cluster.seed.tier, shown: tr(cluster.tier === 'pillar' ? 'tierPillar' : 'tierEmerging') },
    { key: 'cellName', seed: cluster.seed.name, repaired: cluster.name.ja, shown: cluster.name[lang] },
    { key: 'focus', seed: cluster.seed.focus, repaired: focus?.ja ?? null, shown: focus?.[lang] ?? null },
    { key: 'targetAreas', seed: cluster.seed.areas, repaired: cluster.areas.ja, shown: cluster.areas[lang] },
  ] as const;
  return (
    <article className="source-cluster" data-cluster={cluster.id} aria-labelledby={`src-${cluster.id}`}>
      <h3 id={`src-${cluster.id}`}>
        <ClusterLink cluster={cluster} /> <span className="official-name" lang="zh-Hans">{cluster.name.zh}</span>
      </h3>
      <table className="source-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{ts(lang, 'asExtractedCol')}</th>
            <th scope="col">{ts(lang, 'repairedCol')}</th>
            {lang !== 'ja' && <th scope="col">{ts(lang, 'translationCol')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{tr(row.key)}</th>
              <Cell text={row.seed} lang="ja" />
              <Cell text={row.repaired} lang="ja" />
              {lang !== 'ja' && <Cell text={row.shown} lang={lang} />}
            </tr>
          ))}
        </tbody>
      </table>
      {cluster.focusSupplement && (
        <p className="supplement">
          <strong>{tr('labelled', { label: tr('supplement') })}</strong>
          <LangText text={tr('withNote', { text: cluster.focusSupplement.text[lang], note: tr('supplementSource', { source: cluster.focusSupplement.source[lang] }) })} />
        </p>
      )}
      <h4>
        {tr('withNote', { text: tr('sourceNotes'), note: ts(lang, 'noteCount', { n: cluster.notes.length }) })}
      </h4>
      <NotesList notes={cluster.notes} />
    </article>
  );
}

export function SourcesView({ dataset }: { dataset: Dataset }) {
  const tr = useT();
  const lang = useLang();
  const { source } = dataset;
  const cityName = new Map(dataset.cities.map((c) => [c.adcode, c.name[lang]]));
  const classes = countClasses(dataset.clusters.length).slice(1);
  const notes = dataset.clusters.reduce((n, c) => n + c.notes.length, 0);
  const list = (items: string[]) => listOf(lang, items);
  return (
    <div className="sources-view" data-testid="sources-view">
      <h2>{ts(lang, 'sourcesTitle')}</h2>

      <section aria-labelledby="src-source">
        <h3 id="src-source">{ts(lang, 'theSource')}</h3>
        <dl className="source-facts">
          <dt>{ts(lang, 'theSource')}</dt>
          <dd lang="ja">{source.title}</dd>
          <dt>{ts(lang, 'sourcePublisher')}</dt>
          <dd lang="ja">
            {source.publisher}（{source.basis}）
          </dd>
          <dt>{ts(lang, 'sourcePolicy')}</dt>
          <dd lang="zh-Hans">《{source.policy.title}》</dd>
          <dt>{ts(lang, 'sourcePolicyNumber')}</dt>
          <dd lang="zh-Hans">{source.policy.number}</dd>
          <dt>{ts(lang, 'sourcePolicyIssued')}</dt>
          <dd>
            <time dateTime={source.policy.issued}>{formatDate(lang, new Date(`${source.policy.issued}T00:00:00`))}</time>
          </dd>
          <dt>{ts(lang, 'sourceFile')}</dt>
          <dd>
            <code>data/seed-jetro-table.txt</code>
          </dd>
        </dl>
        <p className="source-footnote" lang="ja">
          {source.footnote}
        </p>
        <p>{ts(lang, 'methodTranslation')}</p>
      </section>

      <section aria-labelledby="src-table">
        <h3 id="src-table">{ts(lang, 'tableAsExtracted')}</h3>
        <p>
          {tr('labelled', { label: ts(lang, 'repairsTitle') })}
          {ts(lang, 'noteCount', { n: notes })}
        </p>
        {dataset.clusters.map((c) => (
          <ClusterRows key={c.id} cluster={c} />
        ))}
      </section>

      <section aria-labelledby="src-regions">
        <h3 id="src-regions">{ts(lang, 'regionTermsTitle')}</h3>
        <table className="source-table" data-testid="region-terms">
          <thead>
            <tr>
              <th scope="col">{ts(lang, 'termCol')}</th>
              <th scope="col">{ts(lang, 'regionCol')}</th>
              <th scope="col">{tr('searchCities')}</th>
            </tr>
          </thead>
          <tbody>
            {dataset.regions.map((r) => (
              <tr key={r.id}>
                <td lang="ja">{r.terms.join(' / ')}</td>
                <td>{r.name[lang]}</td>
                <td>
                  {list(r.cities.map((c) => cityName.get(c) ?? c))} ({tr('legendCities', { n: r.cities.length })})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="src-method">
        <h3 id="src-method">{ts(lang, 'methodTitle')}</h3>
        <p>{ts(lang, 'methodCount')}</p>
        <p>
          <LangText text={ts(lang, 'methodRegions')} />
        </p>
        <p>{ts(lang, 'methodRoles')}</p>
        <p>
          {ts(lang, 'methodColours', {
            max: dataset.clusters.length,
            classes: list(classes.map((c) => (c.min === c.max ? String(c.min) : `${c.min}–${c.max}`))),
          })}
        </p>
      </section>
      <p className="source-footnote" data-testid="app-version">
        {ts(lang, 'appVersion', { version: __BUILD_ID__ })}
      </p>
    </div>
  );
}
