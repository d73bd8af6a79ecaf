/**
 * The embed view (`embed=1`): what an article's iframe needs and nothing
 * else. The map (hover, tap, keys and the city panel, as a compact overlay,
 * still work), the legend, a one-line title of the view, the source line and
 * a link to the same view in the full app. No header, side panel or export.
 *
 * It fills its frame from 300 × 300 px up without scrollbars, and tells the
 * page around it the height it would like (`postMessage`, below), which the
 * optional loader `public/embed.js` applies to the iframe.
 */
import { useEffect, useRef } from 'react';
import { usePage } from './usePage';
import { MapArea } from './map/MapArea';
import { CityPanel } from './panels/CityPanel';
import { LangText } from './panels/LangText';
import { useDerived, useLang, useT } from './store/hooks';
import { Legend } from './panels/Legend';
import { Notices } from './panels/Notices';
import { ViewAnnouncer } from './panels/ViewAnnouncer';
import { describeView } from './store/derived';
import { useAppStore } from './store/store';
import { EMBED_HEIGHT_MESSAGE } from './publish/embedProtocol';
import { serializeView, type View } from './store/url';

/** The map's preferred height for its width, as the full app frames the province. */
const MAP_ASPECT = 0.72;

/** The same view in the full app: the link the embed view gives. */
function fullMapHref(view: View, path = '/'): string {
  return `${path}${serializeView({ ...view, embed: false })}`;
}

/** Sends the parent the height the view would like, whenever the frame's width or the chrome's height changes it. */
function usePreferredHeight(chrome: React.RefObject<HTMLElement | null>, map: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (window.parent === window) return;
    let sent = 0;
    const send = () => {
      const mapBox = map.current?.getBoundingClientRect();
      const page = document.documentElement.getBoundingClientRect();
      if (!mapBox || !chrome.current) return;
      // Everything but the map, plus the map at its proportions for this width.
      const height = Math.max(300, Math.round(page.height - mapBox.height + mapBox.width * MAP_ASPECT));
      if (Math.abs(height - sent) < 2) return;
      sent = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(send);
    observer.observe(document.documentElement);
    if (chrome.current) observer.observe(chrome.current);
    send();
    return () => observer.disconnect();
  }, [chrome, map]);
}

export function EmbedApp() {
  usePage();
  const tr = useT();
  const lang = useLang();
  const view = useAppStore((s) => s.view);
  const data = useAppStore((s) => s.data);
  const derived = useDerived();
  const chrome = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  usePreferredHeight(chrome, main);
  const ready = data.status === 'ready' ? data.data : null;
  const title = derived ? describeView(view, derived, lang) : '';

  return (
    <div className={`app embed lang-${lang}`} data-testid="embed">
      <header className="embed-head">
        <h1>
          {tr('appTitle')}
          {title && <span className="embed-view">{title}</span>}
        </h1>
      </header>
      <Notices />
      {data.status === 'error' && (
        <p className="error-panel" role="alert" data-testid="load-error">
          {tr('loadError')}: {data.message}
        </p>
      )}
      <main className="main embed-main" id="main" tabIndex={-1} ref={main}>
        {derived && <ViewAnnouncer derived={derived} />}
        <MapArea inert={false} />
        {ready && derived && <CityPanel derived={derived} dataset={ready.dataset} />}
      </main>
      <div className="embed-foot" ref={chrome}>
        {derived && <Legend derived={derived} />}
        <footer>
          <p className="embed-source">
            <LangText text={tr('sourceLine')} />
          </p>
          {/* A new tab: the article stays where it was. */}
          <a className="embed-full-link" href={fullMapHref(view)} target="_blank" rel="noopener" data-testid="open-full-map">
            {tr('openFullMap')} ↗
          </a>
        </footer>
      </div>
    </div>
  );
}
