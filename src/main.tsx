// First the data requests, then the map's worker, start before anything else evaluates.
import './data/early';
import './map/warm';
// Noto Sans JP cut to the app's characters at build time (scripts/uiFont.ts).
import './fonts/generated/noto-sans-jp.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadData } from './store/loadData';
import { useAppStore } from './store/store';
import { UrlSync } from './store/urlSync';
import './styles.css';

// The address becomes the view, and the store takes over the loads early.ts
// started, before React's first render: that render already shows the linked
// view, and the data reaches the map as soon as it is in. Both last as long as
// the page.
new UrlSync().addTo(useAppStore);
loadData();

// The first render is a transition: React yields between slices, so the data
// and the map worker's messages are taken in while it renders (a synchronous
// first render measured no faster).
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
