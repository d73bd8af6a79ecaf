declare module 'virtual:data-digests' {
  /** SHA-256 (hex) of each data file the build validated, by its path under the repo (scripts/dataCheck.ts). */
  const digests: Partial<Record<string, string>>;
  export default digests;
}
