import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woffToSfnt';

const require = createRequire(import.meta.url);
const woffPath =
  require.resolve('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff');

describe('woffToSfnt', () => {
  it('unwraps a WOFF into an sfnt with the same tables, glyphs and shaping', async () => {
    const woff = new Uint8Array(readFileSync(woffPath));
    const sfnt = await woffToSfnt(woff);
    const view = new DataView(sfnt.buffer);
    expect(view.getUint32(0)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(4)); // flavor
    expect(view.getUint16(4)).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12)); // tables
    expect(sfnt.byteLength).toBeGreaterThan(woff.byteLength); // inflated
    const fromWoff = fontkit.create(woff);
    const fromSfnt = fontkit.create(sfnt);
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.unitsPerEm).toBe(fromWoff.unitsPerEm);
    const ids = (f: typeof fromSfnt) => f.layout('مرحبا').glyphs.map((g) => g.id);
    expect(ids(fromSfnt)).toEqual(ids(fromWoff));
  });

  it('refuses what is not a WOFF 1 font, with a clear error', async () => {
    await expect(woffToSfnt(new Uint8Array(10))).rejects.toThrow('Not a WOFF font: too short');
    await expect(woffToSfnt(new Uint8Array(64))).rejects.toThrow('Not a WOFF 1 font (bad signature)');
    const truncated = new Uint8Array(readFileSync(woffPath)).slice(0, 400);
    await expect(woffToSfnt(truncated)).rejects.toThrow(/Not a WOFF font/);
  });
});
