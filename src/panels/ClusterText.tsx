/**
 * The policy's text as the UI shows it: in the UI language, with the Japanese
 * source beside a translation, and Chinese labelled as a translation of the
 * JETRO summary (not the policy's own words). And the one way a cluster's name
 * leads to its card.
 */
import type { Cluster, Note, Texts } from '../domain/types';
import { htmlLang } from '../i18n/strings';
import { LangText } from './LangText';
import { useAppStore } from '../store/store';
import { useLang, useT } from '../store/hooks';

/** A cell of the table in the UI language; in English and Chinese the Japanese source is a disclosure away. */
export function SourceText({ texts, testId }: { texts: Texts; testId?: string }) {
  const tr = useT();
  const lang = useLang();
  return (
    <div className="source-text">
      <p lang={htmlLang(lang)} data-testid={testId}>
        {texts[lang]}
      </p>
      {lang === 'zh' && <p className="translation-notice">{tr('translationNotice')}</p>}
      {lang !== 'ja' && (
        <details className="japanese-source">
          <summary>{tr('japaneseSource')}</summary>
          <p lang="ja">{texts.ja}</p>
        </details>
      )}
    </div>
  );
}

/** A cluster's name as a button that opens its card (the cluster alone selected; see showCluster). */
export function ClusterLink({ cluster, className }: { cluster: Cluster; className?: string }) {
  const tr = useT();
  const lang = useLang();
  const showCluster = useAppStore((s) => s.showCluster);
  const name = cluster.name[lang];
  return (
    <button
      type="button"
      className={className ? `cluster-link ${className}` : 'cluster-link'}
      onClick={() => showCluster(cluster.id)}
      title={tr('openCard', { name })}
      data-cluster-link={cluster.id}
    >
      {name}
    </button>
  );
}

/** A cluster's notes on its repairs and interpretations, in the UI language. */
export function NotesList({ notes }: { notes: readonly Note[] }) {
  const tr = useT();
  const lang = useLang();
  if (!notes.length) return <p>{tr('noNotes')}</p>;
  return (
    <ul className="notes">
      {notes.map((n, i) => (
        <li key={i} data-kind={n.kind}>
          <LangText text={n[lang]} />
        </li>
      ))}
    </ul>
  );
}
