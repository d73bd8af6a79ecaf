/**
 * What the app's host sends: the Content Security Policy (also put into the
 * built page as a meta tag by vite.config.ts), the other security headers,
 * and the caching policy. One source for `npm start`, the benchmark's server
 * and the README's deploy notes.
 */

/** No remote origin, no inline script, no eval. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Sent with every response. A meta tag cannot carry frame-ancestors, so only the header forbids framing. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Whether an address asks for the embed view (`embed=1`), the one page any site may frame. */
export function isEmbedRequest(url: string): boolean {
  return new URL(url, 'http://x').searchParams.get('embed') === '1';
}

/** The same headers for the embed view: any site may frame it (`frame-ancestors *`); the full app stays unframeable. */
export function embeddable(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      name.toLowerCase() === 'content-security-policy' ? value.replace("frame-ancestors 'none'", 'frame-ancestors *') : value,
    ]),
  );
}

/**
 * Everything under assets/ has a content hash in its name (Vite's output), so
 * it never changes under the same URL: cached for a year without revalidation.
 * Everything else (index.html, the licence) is revalidated on each visit, so a
 * new release reaches a returning reader at once.
 */
export function cacheControl(pathname: string): string {
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
