/** The embed view (`embed=1`, src/Embed.tsx), loaded only for it; src/main.tsx loads it before the first render. */
import { lazyPart } from './store/lazyPart';

export const embedPart = lazyPart('embed', () => import('./Embed'), (m) => m.EmbedApp);
