/**
 * What the reader's data adds to the page once it is there: the sites on the
 * SVG maps, and the sites' list or the figures' chart over the map (into the
 * main area, as the atlas and the sources lie over it).
 * Mounted by the header's button from the first time the dialog opens.
 */
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useAppStore } from '../../store/store';
import { ty } from '../../i18n/yoursStrings';
import { useDerived, useLang } from '../../store/hooks';
import { useYours, yoursStore } from '../../store/yours';
import { FiguresChart } from './FiguresChart';
import { SitesList } from './SitesList';
import { SvgMapSites } from './SvgMapSites';

export function YoursOverlays() {
  const listOpen = useYours((s) => s.listOpen);
  const yours = useYours((s) => s.data);
  const data = useAppStore((s) => s.data);
  const derived = useDerived();
  const lang = useLang();
  const mainView = useAppStore((s) => s.view.mainView);
  // Another view chosen (the table, the atlas …) is shown, not the list over it.
  useEffect(() => yoursStore.getState().setListOpen(false), [mainView]);
  const main = document.getElementById('main');
  const list =
    listOpen && main && data.status === 'ready' && derived
      ? createPortal(
          <div className="main-overlay yours-overlay">
            {yours?.kind === 'figures' ? (
              <div className="yours-list">
                <FiguresChart data={yours} derived={derived} dataset={data.data.dataset} />
                <button type="button" onClick={() => yoursStore.getState().setListOpen(false)} data-testid="yours-list-close">
                  {ty(lang, 'yoursClose')}
                </button>
              </div>
            ) : (
              <SitesList derived={derived} dataset={data.data.dataset} />
            )}
          </div>,
          main,
        )
      : null;
  return (
    <>
      {/* The sites over each SVG map on the page (a phone's, the map without WebGL, the stand-in). */}
      <SvgMapSites />
      {list}
    </>
  );
}
