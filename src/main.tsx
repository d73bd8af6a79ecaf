import '@fontsource/noto-sans-jp/400.css';
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
