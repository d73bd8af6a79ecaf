/**
 * Which slides a PowerPoint export holds (src/export/pptx.ts writes them):
 * the map's page for the map and one-industry views; for a comparison, the
 * map with the cities outlined, then the comparison's table on a slide of
 * its own (comparisonPage.ts), legible in a room; for the atlas, its page of small maps, then a slide per cluster (that cluster's
 * one-industry map, with its focus areas), so a briefing can take the
 * overview and the clusters it needs. Each page is built when the writer
 * asks for it (in the worker: src/export/pptx.worker.ts).
 */
import type { CitiesGeo, ContextGeo } from '../data/files';
import type { Dataset } from '../domain/types';
import type { SitePoint } from '../map/sites';
import { computeView, deriveView, type Derived } from '../store/derived';
import type { View } from '../store/url';
import { atlasPage } from './atlasPage';
import { comparisonPage } from './comparisonPage';
import { SLIDE_LAYOUT } from './layout';
import { exportPage } from './page';
import type { DeckSlide } from './pptx';
import { exportSummary, type ExportSummary } from './summary';

interface DeckSource {
  dataset: Dataset;
  derived: Derived;
  geo: CitiesGeo;
  context: ContextGeo | null;
  /** The reader's sites, drawn on the view's map (src/map/sites.ts). */
  sites?: SitePoint[];
}

/** What the page posts to the PowerPoint worker: the view, its data, the time, and its address. */
export interface DeckJob {
  source: Omit<DeckSource, 'derived'>;
  view: View;
  /** The export's time, as a timestamp (the date on the slides). */
  date: number;
  /** The view's address as the page has it, and the page's address without a query (for the other views' links). */
  href: string;
  base: string;
}

const notes = (summary: ExportSummary, subject: string) => `${summary.title}\n${subject}\n${summary.link}`;

export function* deckSlides(source: DeckSource, view: View, date: Date, linkFor: (view: View) => string): Generator<DeckSlide> {
  const { dataset, derived, geo, context, sites = [] } = source;
  const summary = exportSummary(view, derived, date, linkFor(view));
  if (view.mainView !== 'atlas') {
    const page = exportPage({ geo, context, derived, lang: view.lang, summary, layout: SLIDE_LAYOUT, comparisonTable: false, sites });
    yield { page, notes: notes(summary, page.subject) };
    if (summary.compare) {
      const table = comparisonPage(summary, view.lang, SLIDE_LAYOUT);
      yield { page: table, notes: notes(summary, table.subject) };
    }
    return;
  }
  const atlas = atlasPage({ geo, dataset, view, summary, layout: SLIDE_LAYOUT });
  yield { page: atlas, notes: notes(summary, atlas.subject) };
  for (const cluster of deriveView(dataset, view).clusters) {
    const one: View = { ...view, industries: [cluster.id], mainView: 'map', city: null, compare: null };
    const oneDerived = computeView(dataset, one);
    const oneSummary = exportSummary(one, oneDerived, date, linkFor(one));
    const page = exportPage({ geo, context, derived: oneDerived, lang: view.lang, summary: oneSummary, layout: SLIDE_LAYOUT });
    yield { page, notes: notes(oneSummary, page.subject) };
  }
}
