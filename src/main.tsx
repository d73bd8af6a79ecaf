import '@fontsource/noto-sans-jp/400.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, loadMapView } from './App';
import { prefetchData } from './data/load';
import { hasWebGL } from './map/webgl';
import './styles.css';

// Requests first, rendering second: the data and the map code load while React starts.
prefetchData();
if (hasWebGL()) void loadMapView();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
