import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chunkFileName, FONT_FAMILY_TRAITS } from './fontFamilies';
import type { FontSource } from './fontSource';

/** The fonts read from node_modules (unit tests, bench): the same files the browser fetches. */
export function nodeFontSource(): FontSource & { readonly bytesRead: () => number } {
  const require = createRequire(import.meta.url);
  const dir = (pkg: string) => dirname(require.resolve(`@fontsource/${pkg}/package.json`));
  let bytes = 0;
  return {
    async ranges(family) {
      const text = await readFile(join(dir(FONT_FAMILY_TRAITS[family].pkg), 'unicode.json'), 'utf8');
      return JSON.parse(text) as Record<string, string>;
    },
    async woff(chunk, weight) {
      const file = await readFile(
        join(dir(FONT_FAMILY_TRAITS[chunk.family].pkg), 'files', chunkFileName(chunk, weight)),
      );
      bytes += file.byteLength;
      return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
    },
    bytesRead: () => bytes,
  };
}
