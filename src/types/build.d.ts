/** The build's version (vite.config.ts, scripts/buildId.ts). */
declare const __BUILD_ID__: string;
