import { chunkFileName, FONT_FAMILY_TRAITS } from './fontFamilies';
import type { FontSource } from './fontSource';
import type { UnicodeRangeTable } from './unicodeRanges';

// Vite resolves these at build time into file URLs (`no-inline`: never base64 in the JS) and
// chunk tables; the fonts are fetched only for the chunks an export needs, and this module is
// part of the PDF writer's lazy chunk, so the editor's bundle does not carry any of it.
const FILES = import.meta.glob<string>(
  [
    '../../../node_modules/@fontsource/{noto-sans,noto-emoji}/files/*-{400,700}-normal.woff',
    '../../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff',
    '../../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff',
    '../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-{400,700}-normal.woff',
  ],
  { query: '?url&no-inline', import: 'default', eager: true },
);
const RANGES = import.meta.glob<UnicodeRangeTable>(
  '../../../node_modules/@fontsource/{noto-sans,noto-sans-arabic,noto-sans-hebrew,noto-sans-sc,noto-emoji}/unicode.json',
  { import: 'default' },
);

const byFileName = new Map(
  Object.entries(FILES).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** The fonts the browser fetches for one export (the HTTP cache keeps them for the next). */
export function browserFontSource(signal?: AbortSignal): FontSource {
  return {
    async ranges(family) {
      const { pkg } = FONT_FAMILY_TRAITS[family];
      const load = Object.entries(RANGES).find(([path]) =>
        path.endsWith(`/@fontsource/${pkg}/unicode.json`),
      )?.[1];
      if (!load) throw new Error(`No font ranges for ${pkg}`);
      return load();
    },
    async woff(chunk, weight) {
      const name = chunkFileName(chunk, weight);
      const url = byFileName.get(name);
      if (!url) throw new Error(`No font file ${name}`);
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`Could not load the font ${name} (HTTP ${response.status})`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
