declare module 'subset-font' {
  /** Cuts a font to the glyphs of `text` (harfbuzz); the output format is sfnt (truetype), woff or woff2. */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'; keepFeatures?: string[] },
  ): Promise<Uint8Array>;
}
