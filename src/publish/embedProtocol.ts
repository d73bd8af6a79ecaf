/**
 * What the embed view and the page around it say to each other. The embed
 * view posts `{ type: EMBED_HEIGHT_MESSAGE, height }` (CSS pixels, the height
 * it would like at its present width) to its parent whenever that changes;
 * the optional loader at EMBED_LOADER_PATH (public/embed.js) sets the height
 * of every `iframe[data-gd-cluster-map]` whose window sent it.
 */
export const EMBED_HEIGHT_MESSAGE = 'gd-cluster-map:height';
export const EMBED_LOADER_PATH = '/embed.js';
