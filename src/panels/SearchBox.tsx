/**
 * One search field over the policy (cluster names, focus and target areas,
 * city names) in all three languages: an ARIA 1.2 combobox with a listbox of
 * results. `/` anywhere outside a text field focuses it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Excerpt, SearchHit, SearchIndex } from '../domain/search';
import type { Dataset } from '../domain/types';
import { useAppStore } from '../store/store';
import { htmlLang } from '../i18n/strings';
import { useLang, useT } from '../store/hooks';
import { PartFailed } from '../store/partFailed';

/** How many of each kind the list shows: every city match still gets a place when many clusters match. */
const MAX_SHOWN = { cluster: 10, city: 5, site: 5 } as const;

function isTextField(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

function Marked({ excerpt }: { excerpt: Excerpt }) {
  return (
    <>
      {excerpt.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}

/** The reader's sites, once the site search is loaded: the results follow a new file. */
function useSites(search: typeof import('./yours/siteSearch') | undefined) {
  const [, setChanged] = useState(0);
  useEffect(() => search?.watch(() => setChanged((n) => n + 1)), [search]);
  return search?.current() ?? null;
}

/** Drawn from the first paint (so the header does not move when the data arrives); usable once the dataset is in. */
export function SearchBox({ dataset }: { dataset: Dataset | null }) {
  const tr = useT();
  const lang = useLang();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The search code and its index (every text folded character by character)
  // are made when the field is first used, not on the first view.
  // The reader's own sites are searched by name too (src/panels/yours/siteSearch.ts, loaded with the search).
  const [built, setBuilt] = useState<{ dataset: Dataset; index: SearchIndex; search: typeof import('../domain/search').searchPolicy; sites: typeof import('./yours/siteSearch') } | null>(null);
  const engine = built?.dataset === dataset ? built : null;
  const preparing = useRef<Dataset | null>(null);
  // The search code could not be loaded: said under the field, with a retry and a reload.
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!open || !dataset || failed || preparing.current === dataset) return;
    preparing.current = dataset;
    Promise.all([import('../domain/search'), import('./yours/siteSearch')]).then(
      ([m, sites]) => setBuilt({ dataset, index: m.buildSearchIndex(dataset), search: m.searchPolicy, sites }),
      () => {
        preparing.current = null;
        setFailed(true);
      },
    );
  }, [open, dataset, failed]);
  const sites = useSites(engine?.sites);
  const found = useMemo(() => (engine ? [...engine.search(engine.index, query, lang), ...engine.sites.searchSites(sites, query, lang)] : []), [engine, sites, query, lang]);
  const hits = useMemo(() => {
    const shown = { cluster: 0, city: 0, site: 0 };
    return found.filter((hit) => ++shown[hit.kind] <= MAX_SHOWN[hit.kind]);
  }, [found]);
  const clusterById = useMemo(() => new Map(dataset?.clusters.map((c) => [c.id, c])), [dataset]);
  const cityByCode = useMemo(() => new Map(dataset?.cities.map((c) => [c.adcode, c])), [dataset]);
  const expanded = open && engine !== null && query.trim() !== '';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function choose(hit: SearchHit) {
    const { showCluster, selectCity } = useAppStore.getState();
    if (hit.kind === 'cluster') showCluster(hit.id, { showMap: true });
    else if (hit.kind === 'site') engine?.sites.openSite(Number(hit.id));
    else selectCity(hit.id);
    setOpen(false);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (expanded && hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      // The first Escape closes the list, the second clears the field; neither reaches the city panel.
      e.stopPropagation();
      e.nativeEvent.stopImmediatePropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  }

  const optionId = (i: number) => `${id}-option-${i}`;
  const groupName = (kind: SearchHit['kind']) => (kind === 'site' ? (engine?.sites.groupName(lang) ?? '') : tr(kind === 'cluster' ? 'searchClusters' : 'searchCities'));
  // In the order the hits come (the better group first), so the arrow keys walk the list as it is drawn.
  const groups = [...new Set(hits.map((h) => h.kind))].map((kind) => ({
    kind,
    items: hits.map((hit, i) => ({ hit, i })).filter(({ hit }) => hit.kind === kind),
  }));

  return (
    <div className="search" data-testid="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={tr('searchLabel')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && hits.length ? optionId(active) : undefined}
        placeholder={tr('searchPlaceholder')}
        value={query}
        disabled={!dataset}
        maxLength={200}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <div
        id={`${id}-listbox`}
        role="listbox"
        aria-label={tr('search')}
        className="search-results"
        hidden={!expanded || hits.length === 0}
        data-testid="search-results"
      >
        {groups.map((g) => (
          <div key={g.kind} role="group" aria-label={groupName(g.kind)}>
            <div className="search-group" aria-hidden="true">
              {groupName(g.kind)}
            </div>
            {g.items.map(({ hit, i }) => {
              const name = hit.kind === 'cluster' ? clusterById.get(hit.id)?.name[lang] : hit.kind === 'city' ? cityByCode.get(hit.id)?.name[lang] : undefined;
              const showExcerpt = hit.field !== 'name' || hit.lang !== lang;
              return (
                // A combobox's option: focus stays in the field (aria-activedescendant), whose keys choose it.
                // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus -- see above
                <div
                  key={`${hit.kind}-${hit.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'search-option active' : 'search-option'}
                  data-kind={hit.kind}
                  data-id={hit.id}
                  // Keeps focus in the field, so choosing does not first blur it and close the list.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(hit)}
                  onMouseMove={() => setActive(i)}
                >
                  <span className="search-name">{hit.kind === 'site' || (!showExcerpt && name) ? <Marked excerpt={hit.excerpt} /> : name}</span>
                  {showExcerpt && (
                    <span className="search-excerpt" lang={htmlLang(hit.lang)}>
                      {hit.field !== 'name' && <span className="search-field">{tr('labelled', { label: tr(hit.field === 'focus' ? 'focus' : 'targetAreas') })}</span>}
                      <Marked excerpt={hit.excerpt} />
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {expanded && hits.length === 0 && <div className="search-results search-none">{tr('searchNone')}</div>}
      {open && failed && (
        // Its buttons keep the focus in the field, which would close this as it left.
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- see above
        <div className="search-results" onMouseDown={(e) => e.preventDefault()}>
          <PartFailed part="search" onRetry={() => setFailed(false)} />
        </div>
      )}
      <span className="sr-only" role="status" aria-live="polite">
        {expanded ? (found.length ? tr('searchCount', { n: found.length }) : tr('searchNone')) : ''}
      </span>
    </div>
  );
}
