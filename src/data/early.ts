/**
 * Imported first by the page's script (src/main.tsx), so the data requests
 * and their hashing start before maplibre and React evaluate; by the time the
 * app renders, the data is usually in.
 */
import { startLoads } from './load';

startLoads();
