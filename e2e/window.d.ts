// What the end-to-end tests and the benchmark put on the page's window.
declare global {
  interface Window {
    /** CSP violations seen by the page (helpers.ts, cspViolations). */
    __csp?: string[];
    /** Set only if a hostile input ran script (reliability.spec.ts). */
    __pwned?: unknown;
    /** Set only if an inline script ran against the CSP (reliability.spec.ts). */
    __inline?: unknown;
    /** The benchmark's filter samples, and whether one is being taken (bench/run.ts). */
    __bench?: { handler: number; idle: number }[];
    __pending?: boolean;
  }
}
export {};
