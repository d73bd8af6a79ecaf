// Noto Sans JP cut to the app's characters at build time (scripts/uiFont.ts).
import './fonts/generated/noto-sans-jp.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchData } from './data/load';
import './styles.css';

// Requests first, rendering second: the data loads while React and the map start.
prefetchData();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
