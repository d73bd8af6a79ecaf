import { memo, useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { CitySites } from './yours/CitySites';
import { clustersForCity, groupByTier, type CityClusterEntry } from '../domain/counts';
import { ROLE_COLORS } from '../domain/palette';
import { focusOf, regionOf, termIn } from '../domain/texts';
import type { Cluster, Dataset, Lang, Target } from '../domain/types';
import type { Derived } from '../store/derived';
import { useAppStore } from '../store/store';
import { htmlLang, listOf } from '../i18n/strings';
import { ClusterLink, SourceText } from './ClusterText';
import { LangText } from './LangText';
import { useLang, useMapCover, useT } from '../store/hooks';
import { revealCity } from './sheet';

/** A cluster's focus areas on one line, expandable to the whole text (with the Japanese source in English and Chinese). */
function FocusLine({ cluster }: { cluster: Cluster }) {
  const tr = useT();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const id = useId();
  const focus = focusOf(cluster);
  return (
    <div className={open ? 'focus-line open' : 'focus-line'} data-testid="focus-line">
      <span className="focus-label">{tr('focus')}</span>
      {open && focus ? (
        <div id={id}>
          <SourceText texts={focus} />
        </div>
      ) : (
        <p id={id} className="clamp" lang={focus ? htmlLang(lang) : undefined}>
          {focus ? focus[lang] : tr('focusMissing')}
        </p>
      )}
      {focus && (
        <button type="button" className="more" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {tr(open ? 'showLess' : 'showMore')}
        </button>
      )}
    </div>
  );
}

function Interpretation({ target, dataset, lang }: { target: Target; dataset: Dataset; lang: Lang }) {
  const tr = useT();
  const region = target.term ? regionOf(dataset.regions, target.term) : undefined;
  if (!region || !target.term) return null;
  const names = region.cities.map((c) => dataset.cities.find((x) => x.adcode === c)?.name[lang] ?? c);
  return (
    <p className="interpretation">
      <LangText
        text={tr('regionInterpretation', {
          term: target.term,
          region: termIn(region, target.term, lang),
          cities: listOf(lang, names),
        })}
      />
    </p>
  );
}

function ClusterEntry({ entry, dataset, lang }: { entry: CityClusterEntry; dataset: Dataset; lang: Lang }) {
  const tr = useT();
  const { cluster, targets } = entry;
  return (
    <li className="city-cluster" data-cluster={cluster.id}>
      <h4>
        <ClusterLink cluster={cluster} />
      </h4>
      <FocusLine cluster={cluster} />
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
      {lang !== 'ja' && (
        <p className="translation" lang={htmlLang(lang)}>
          {cluster.areas[lang]}
          {lang === 'zh' && <span className="translation-notice">（{tr('translationNotice')}）</span>}
        </p>
      )}
    </li>
  );
}

/** "Compare with…": another city, chosen by name, opens the two side by side (src/panels/ComparePanel.tsx). */
function CompareWith({ city, dataset }: { city: string; dataset: Dataset }) {
  const tr = useT();
  const lang = useLang();
  const setCompare = useAppStore((s) => s.setCompare);
  return (
    <label className="compare-with">
      <span>{tr('compareWith')}</span>
      <select value="" onChange={(e) => e.target.value && setCompare([city, e.target.value])} data-testid="compare-with">
        <option value="">—</option>
        {dataset.cities
          .filter((c) => c.adcode !== city)
          .map((c) => (
            <option key={c.adcode} value={c.adcode}>
              {c.name[lang]}
            </option>
          ))}
      </select>
    </label>
  );
}

/**
 * The phone sheet's handle (styles.css shows it on phones only): a tap, Enter
 * or Space toggles the sheet between its peek height and nearly the whole
 * screen; a drag up expands it, down collapses it.
 */
function SheetHandle({ expanded, onChange }: { expanded: boolean; onChange: (expanded: boolean) => void }) {
  const tr = useT();
  const from = useRef<number | null>(null);
  const dragged = useRef(false);
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={expanded}
      aria-label={tr(expanded ? 'sheetCollapse' : 'sheetExpand')}
      data-testid="sheet-handle"
      onPointerDown={(e) => {
        from.current = e.clientY;
        dragged.current = false;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerUp={(e) => {
        if (from.current === null) return;
        const dy = e.clientY - from.current;
        from.current = null;
        if (Math.abs(dy) < 24) return;
        dragged.current = true;
        onChange(dy < 0);
      }}
      onClick={() => {
        // The click that ends a drag has done its work.
        if (dragged.current) dragged.current = false;
        else onChange(!expanded);
      }}
    >
      <span aria-hidden="true" />
    </button>
  );
}

export const CityPanel = memo(function CityPanel({ derived, dataset }: { derived: Derived; dataset: Dataset }) {
  const tr = useT();
  const lang = useLang();
  const city = useAppStore((s) => s.view.city);
  const selectCity = useAppStore((s) => s.selectCity);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const cover = useMapCover('panel');
  const panel = useRef<HTMLElement | null>(null);
  const setPanel = useCallback(
    (el: HTMLElement | null) => {
      panel.current = el;
      cover(el);
    },
    [cover],
  );
  // Expanded for one city: another city opens at the peek height again.
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const expanded = city !== null && expandedFor === city;

  // The city in sight beside the panel where the page scrolls (a phone): when it opens, when the sheet comes down
  // again, and when another map takes the map's place (the static map and its notice, or the WebGL map, can move
  // it after the panel opened); on the map only (the table and sources lie over it).
  const onMap = useAppStore((s) => s.view.mainView === 'map');
  const mapMode = useAppStore((s) => s.map.mode);
  useLayoutEffect(() => {
    if (city && onMap && !expanded && panel.current) revealCity(city, panel.current);
  }, [city, onMap, expanded, mapMode]);

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
    // A labelled complementary region, not a dialog: it does not hold focus, and its header stays its own (a dialog's <header> counted as a second banner).
    <aside
      ref={setPanel}
      className={expanded ? 'city-panel expanded' : 'city-panel'}
      aria-labelledby="city-panel-title"
      data-testid="city-panel"
    >
      <SheetHandle expanded={expanded} onChange={(open) => setExpandedFor(open ? city : null)} />
      <header>
        <h2 id="city-panel-title" ref={heading} tabIndex={-1}>
          {info.name[lang]}
        </h2>
        <button type="button" className="close" onClick={() => selectCity(null)} aria-label={tr('close')}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="city-counts" data-testid="city-counts">
        <strong>{tr('clustersCount', { n: count.all })}</strong>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">{tr('pause')}</span>
        {tr('namedCount', { n: count.named })}
      </p>
      <CitySites city={city} cityName={(code) => derived.cityByCode.get(code)?.name[lang] ?? code} />
      <CompareWith city={city} dataset={dataset} />
      {count.all === 0 && <p>{tr('cityPanelNone')}</p>}
      {(['pillar', 'emerging'] as const).map((tier) =>
        groups[tier].length ? (
          <section key={tier}>
            <h3>
              {tr('withNote', { text: tr(tier === 'pillar' ? 'tierPillar' : 'tierEmerging'), note: groups[tier].length })}
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
