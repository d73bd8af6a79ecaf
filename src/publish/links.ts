/**
 * The links and embed codes the share menu gives. Every link reopens the
 * view it was made from, its language included (spelled out even where it is
 * the default, so a change of default cannot change what a link shows).
 */
import { EMBED_LOADER_PATH } from './embedProtocol';
import { DEFAULT_VIEW, serializeView, type View } from '../store/url';

/** The view's address at `base` (the app's origin and path), embed view or full app. */
export function viewLink(base: string, view: View, embed = false): string {
  const query = serializeView({ ...view, embed });
  const lang = view.lang === DEFAULT_VIEW.lang ? `lang=${view.lang}` : '';
  const full = lang ? (query ? `?${lang}&${query.slice(1)}` : `?${lang}`) : query;
  return `${base}${full}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The iframe's size in the fixed code, and its starting height in the responsive one. */
export const EMBED_SIZE = { width: 760, height: 560 };

export interface EmbedCodes {
  /** The embed view's address. */
  src: string;
  /** An iframe of a fixed size. */
  fixed: string;
  /** A full-width iframe whose height the loader script (public/embed.js) sets from the embed view's message. */
  responsive: string;
}

/** `origin`: where the app is served (the loader is at its root); `base`: the app's address without query. */
export function embedCodes(origin: string, base: string, view: View, title: string): EmbedCodes {
  const src = viewLink(base, view, true);
  const common = `src="${attr(src)}" title="${attr(title)}" loading="lazy"`;
  return {
    src,
    fixed: `<iframe ${common} width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0"></iframe>`,
    responsive:
      `<iframe ${common} data-gd-cluster-map style="display:block;width:100%;height:${EMBED_SIZE.height}px;border:0"></iframe>\n` +
      `<script src="${attr(`${origin}${EMBED_LOADER_PATH}`)}" async></script>`,
  };
}
