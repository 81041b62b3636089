/** A stretch of a drawing along one axis, e.g. a stage's column or a lane's row. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Where it may be cut cleanly when it is too big for a page (between two cards), in order. */
  readonly cuts?: readonly number[];
}

/** A stretch that fits one page: whole segments `first`…`last`, or a part of one too big for a page. */
export interface Band extends Segment {
  readonly first: number;
  readonly last: number;
  /** When one segment is cut over several pages: this is part `part` of `parts`. */
  readonly part?: { readonly part: number; readonly parts: number };
}

/**
 * Packs segments (in order, touching) into as few bands of at most `room` as it can, never
 * splitting a segment that fits a band on its own; one that does not is cut into equal parts.
 */
export function packBands(segments: readonly Segment[], room: number): Band[] {
  if (!(room > 0)) throw new Error('No room on the page for the map');
  const bands: Band[] = [];
  let i = 0;
  while (i < segments.length) {
    const seg = segments[i]!;
    const size = seg.end - seg.start;
    if (size > room) {
      const pieces = cutInPieces(seg, room);
      pieces.forEach(([start, end], p) =>
        bands.push({ start, end, first: i, last: i, part: { part: p + 1, parts: pieces.length } }),
      );
      i++;
      continue;
    }
    let last = i;
    while (last + 1 < segments.length && segments[last + 1]!.end - seg.start <= room) last++;
    bands.push({ start: seg.start, end: segments[last]!.end, first: i, last });
    i = last + 1;
  }
  return bands;
}

/**
 * A segment too big for a page in pieces of at most `room`: at its clean cuts where it has them
 * (a piece runs to the last cut that fits), else in equal parts.
 */
function cutInPieces(seg: Segment, room: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let start = seg.start;
  while (seg.end - start > room) {
    const fits = (seg.cuts ?? []).filter((c) => c > start && c - start <= room);
    const end = fits.length > 0 ? fits[fits.length - 1]! : null;
    if (end === null) {
      const parts = Math.ceil((seg.end - start) / room);
      const step = (seg.end - start) / parts;
      for (let p = 0; p < parts; p++) pieces.push([start + p * step, start + (p + 1) * step]);
      return pieces;
    }
    pieces.push([start, end]);
    start = end;
  }
  pieces.push([start, seg.end]);
  return pieces;
}

/** Where tiles of `tile` start along a length, overlapping by `overlap`: at least one tile. */
export function tileStarts(length: number, tile: number, overlap: number): number[] {
  if (!(tile > overlap)) throw new Error('Tiles must be larger than their overlap');
  const count = Math.max(1, Math.ceil((length - overlap) / (tile - overlap)));
  return Array.from({ length: count }, (_, i) => i * (tile - overlap));
}

/** A tile's column letter: A…Z, then AA, AB… */
export function tileColumnName(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
