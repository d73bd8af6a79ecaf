import { useCallback, useContext, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { LANGS, type Lang } from './domain/types';
import { LANG_NAMES } from './i18n/strings';
import { atlasViewPart, cityPanelPart, clusterCardPart, comparePanelPart, sourcesViewPart, tableViewPart, updateNoticePart } from './panels/parts';
import { LangText } from './panels/LangText';
import { CountControl, IndustryPicker, TierControl } from './panels/Controls';
import { useDerived, useLang, useT } from './store/hooks';
import { Legend } from './panels/Legend';
import { Notices } from './panels/Notices';
import { ExportMenu, type MapRenderer } from './panels/ExportMenu';
import { ShareMenu } from './panels/ShareMenu';
import { YoursButton } from './panels/YoursButton';
import { Ranking } from './panels/Ranking';
import { SearchBox } from './panels/SearchBox';
import { ViewAnnouncer } from './panels/ViewAnnouncer';
import { MapArea } from './map/MapArea';
import { PrerenderShapes } from './map/svg/buildMap';
import { hasWebgl } from './store/mapState';
import { embedPart } from './embedPart';
import { usePage } from './usePage';
import { PrintMeta } from './panels/PrintMeta';
import { useAppStore } from './store/store';
import { reloadView } from './store/partFailed';
import { loadData } from './store/loadData';
import { MAIN_VIEWS } from './store/url';
import { THEME_CHOICES, type ThemeChoice } from './store/theme';

const SourcesView = sourcesViewPart.Part;
const AtlasView = atlasViewPart.Part;
const ComparePanel = comparePanelPart.Part;
const ClusterCard = clusterCardPart.Part;
const EmbedApp = embedPart.Part;
const TableView = tableViewPart.Part;
const UpdateNotice = updateNoticePart.Part;
const CityPanel = cityPanelPart.Part;

/**
 * Whether the city panel is mounted: from the first city opened on (it stays
 * mounted, closed, so it can hand the focus back when a city closes). Its
 * module is asked for at the reader's first press or key, which comes before
 * the click or Enter that opens a city.
 */
function useCityPanel(): boolean {
  const city = useAppStore((s) => s.view.city);
  const [mounted, setMounted] = useState(city !== null);
  if (city !== null && !mounted) setMounted(true);
  useEffect(() => {
    const ask = () => void cityPanelPart.preload().catch(() => null);
    const options = { once: true, capture: true, passive: true };
    addEventListener('pointerdown', ask, options);
    addEventListener('keydown', ask, options);
    return () => {
      removeEventListener('pointerdown', ask, options);
      removeEventListener('keydown', ask, options);
    };
  }, []);
  return mounted;
}

function LanguageSwitch() {
  const tr = useT();
  const lang = useLang();
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="lang-switch">
      <span className="sr-only">{tr('language')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={tr('language')} data-testid="lang">
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * Light, dark or the system's (src/store/theme.ts), remembered on the device: one
 * small button that steps auto → light → dark, its name saying the choice
 * (a select's width follows its font, and the phone's header rows may not move).
 */
const THEME_ICONS: Record<ThemeChoice, string> = { auto: '◐', light: '☀', dark: '●' };
function ThemeSwitch() {
  const tr = useT();
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const next = THEME_CHOICES[(THEME_CHOICES.indexOf(theme) + 1) % THEME_CHOICES.length]!;
  const label = tr(`theme_${theme}`);
  return (
    <button type="button" className="theme-switch" onClick={() => setTheme(next)} aria-label={label} title={label} data-testid="theme" data-choice={theme}>
      <span aria-hidden="true">{THEME_ICONS[theme]}</span>
    </button>
  );
}

const MAIN_VIEW_LABELS = { map: 'mapView', table: 'tableView', atlas: 'atlasView', sources: 'sourcesView' } as const;

function ViewToggle() {
  const tr = useT();
  const mainView = useAppStore((s) => s.view.mainView);
  const setMainView = useAppStore((s) => s.setMainView);
  return (
    <div className="view-toggle" role="group">
      {MAIN_VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={mainView === v} onClick={() => setMainView(v)} data-testid={`show-${v}`}>
          {tr(MAIN_VIEW_LABELS[v])}
        </button>
      ))}
    </div>
  );
}

/** The full app, or the chrome-less embed view (`embed=1`, src/Embed.tsx). */
export function App() {
  const embed = useAppStore((s) => s.view.embed);
  return embed ? <EmbedApp /> : <FullApp />;
}

function FullApp() {
  const tr = useT();
  const lang = useLang();
  const data = useAppStore((s) => s.data);
  const context = useAppStore((s) => s.context);
  const mainView = useAppStore((s) => s.view.mainView);
  const compare = useAppStore((s) => s.view.compare);
  const comparing = compare !== null;
  const webgl = useAppStore((s) => hasWebgl(s.map));
  const mapModuleFailed = useAppStore((s) => s.map.failed === 'module');
  const updateReady = useAppStore((s) => s.updateReady);
  const buildShapes = useContext(PrerenderShapes);
  const derived = useDerived();
  const cityPanel = useCityPanel();
  const retry = useCallback(() => loadData(), []);
  // Where the page was rendered by the build, React's first render replaces
  // it whole (panels included), so nothing on screen blinks out and back: in
  // the build itself, on a phone (the SVG map), and on a wide screen that
  // shows the build's page (its root still marked when this first renders).
  const [replacesPrerender] = useState(
    () => buildShapes !== null || useAppStore.getState().map.mode === 'svg' || !!document.getElementById('root')?.hasAttribute('data-prerendered'),
  );

  usePage();

  const contextGeo = context.status === 'ready' ? context.context : null;
  const ready = data.status === 'ready' ? data.data : null;
  // The map reads data and view from the store itself (MapView); the legend
  // and ranking follow in a background render, so neither the map's first
  // frame nor its response to a click waits for them. On mount they start
  // empty (the initial value null): the first commit, which creates the map,
  // lays out only the page's frame, and the panels fill in right after.
  const sidebarNow = useMemo(() => (ready && derived ? { ready, derived } : null), [ready, derived]);
  const sidebar = useDeferredValue(sidebarNow, replacesPrerender ? sidebarNow : null);
  const renderMap = useMemo<MapRenderer | null>(() => {
    if (!webgl || data.status !== 'ready' || !derived) return null;
    const input = { geo: data.data.geo, context: contextGeo, derived, lang, compared: compare ?? [] };
    return (size) => import('./map/webgl/snapshot').then((m) => m.renderMapSnapshot(input, size));
  }, [webgl, data, contextGeo, derived, lang, compare]);
  const exportSource = useMemo(() => (ready && derived ? { dataset: ready.dataset, derived, geo: ready.geo, context: contextGeo } : null), [ready, derived, contextGeo]);

  return (
    // The build's page is inert: a click or keystroke before the app takes over would be lost when it does.
    <div className={`app lang-${lang} view-${mainView}`} inert={buildShapes ? true : undefined}>
      {/* The first stop for a keyboard: past the header's search and buttons to the map. */}
      <a className="skip-link" href="#main">
        {tr('skipToMap')}
      </a>
      <header className="app-header">
        <div>
          <h1>{tr('appTitle')}</h1>
          <p className="subtitle">{tr('appSubtitle')}</p>
        </div>
        <SearchBox dataset={ready?.dataset ?? null} />
        <div className="header-actions">
          <div className="publish">
            <ExportMenu source={exportSource} renderMap={renderMap} />
            <ShareMenu />
          </div>
          <ViewToggle />
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      <Notices />
      {/* Over every view (the atlas and the sources lie over the map's area), moving nothing (styles.css). */}
      {updateReady && <UpdateNotice />}
      {data.status === 'error' && (
        <div className="error-panel" role="alert" data-testid="load-error">
          <strong>{tr('loadError')}</strong>
          <p>{data.message}</p>
          <button type="button" onClick={retry}>
            {tr('retry')}
          </button>
        </div>
      )}
      <div className="layout">
        <aside className="controls" aria-label={tr('industries')}>
          {/* The reader's own data: at the head of the panel (the header's rows are full at mid widths and on phones). */}
          <YoursButton />
          {sidebar ? (
            <>
              <TierControl />
              <CountControl />
              {sidebar.derived.single && <ClusterCard cluster={sidebar.derived.single.cluster} dataset={sidebar.ready.dataset} />}
              <Legend derived={sidebar.derived} />
              <IndustryPicker clusters={sidebar.ready.dataset.clusters} />
              <Ranking derived={sidebar.derived} />
            </>
          ) : (
            data.status === 'loading' && (
              <p className="loading" role="status">
                {tr('loading')}
              </p>
            )
          )}
        </aside>
        <main className="main" id="main" tabIndex={-1}>
          {!webgl && (
            <p className="quiet-notice" role="status" data-testid="no-webgl">
              {tr(mapModuleFailed ? 'mapModuleFailed' : 'noWebgl')}
              {mapModuleFailed && (
                <>
                  {' '}
                  <button type="button" onClick={reloadView}>
                    {tr('reloadView')}
                  </button>
                </>
              )}
            </p>
          )}
          {context.status === 'error' && (
            <p className="quiet-notice" role="status" data-testid="context-missing">
              {tr('contextMissing')}
            </p>
          )}
          {/* The map's description and the announcement of a changed view, outside the map (inert behind the table). */}
          {derived && <ViewAnnouncer derived={derived} />}
          {/* Behind the table or the sources: inert, so neither the map's canvas nor a city takes focus there. */}
          <MapArea inert={mainView !== 'map' && webgl} />
          {ready && derived && (mainView === 'table' || (!webgl && mainView === 'map')) && (
            <TableView derived={derived} dataset={ready.dataset} overlay={webgl} />
          )}
          {ready && (mainView === 'atlas' || mainView === 'sources') && (
            // Over the map where it is the WebGL map; in the page's flow under the static map.
            <div className={webgl ? 'main-overlay' : undefined}>
              {mainView === 'atlas' ? <AtlasView dataset={ready.dataset} /> : <SourcesView dataset={ready.dataset} />}
            </div>
          )}
        </main>
        {ready && derived && cityPanel && <CityPanel derived={derived} dataset={ready.dataset} />}
        {ready && derived && comparing && (
          <ComparePanel derived={derived} dataset={ready.dataset} exportSource={exportSource} renderMap={renderMap} />
        )}
      </div>
      <footer className="app-footer">
        <p>
          <LangText text={tr('sourceLine')} />
        </p>
        <p>{tr('boundaryCredit')}</p>
        <PrintMeta />
      </footer>
    </div>
  );
}
