/**
 * WOFF 1 → the plain sfnt (TrueType/OpenType) it wraps. pdf-lib embeds a whole (not subset) font by
 * copying its bytes into the PDF, which needs an sfnt: a WOFF there renders blank. Each table is
 * zlib-deflated when that made it smaller (WOFF 1.0 §5); the directory is rebuilt with 4-byte padding.
 */
const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  if (woff.byteLength < HEADER) throw new Error('Not a WOFF font: too short');
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF 1 font (bad signature)');
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  if (HEADER + count * WOFF_ENTRY > woff.byteLength) throw new Error('Not a WOFF font: bad table directory');
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const o = HEADER + i * WOFF_ENTRY;
    const offset = view.getUint32(o + 4);
    const compLength = view.getUint32(o + 8);
    const origLength = view.getUint32(o + 12);
    if (offset + compLength > woff.byteLength) throw new Error('Not a WOFF font: table out of bounds');
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? await inflate(raw) : raw;
    if (data.byteLength !== origLength)
      throw new Error('Not a WOFF font: a table inflates to the wrong size');
    tables.push({ tag: view.getUint32(o), checksum: view.getUint32(o + 16), data });
  }
  let size = 12 + SFNT_ENTRY * count;
  for (const t of tables) size += pad4(t.data.byteLength);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  // Binary-search fields of the sfnt header (OpenType "Table directory").
  let selector = 0;
  while (1 << (selector + 1) <= count) selector++;
  w.setUint32(0, flavor);
  w.setUint16(4, count);
  w.setUint16(6, (1 << selector) * 16);
  w.setUint16(8, selector);
  w.setUint16(10, count * 16 - (1 << selector) * 16);
  let offset = 12 + SFNT_ENTRY * count;
  tables.forEach((t, i) => {
    const o = 12 + SFNT_ENTRY * i;
    w.setUint32(o, t.tag);
    w.setUint32(o + 4, t.checksum);
    w.setUint32(o + 8, offset);
    w.setUint32(o + 12, t.data.byteLength);
    out.set(t.data, offset);
    offset += pad4(t.data.byteLength);
  });
  return out;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** zlib-wrapped deflate, with the platform's stream (browsers and Node ≥ 18 both have it). */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
