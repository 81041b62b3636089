import { emotionY, GRID, type GridLayout } from '../../layout';
import { emotionColor, EMOTION_COLORS, type Emotion } from '../../records/emotion';
import { isCurveLane } from '../../records/lane';
import { smoothCurveSegments, type CubicSegment, type XY } from '../../emotionCurve';
import { THEME } from './exportTheme';
import { inSpan, type XSpan } from './renderGrid';
import { el, num } from './svgMarkup';

const LEVELS: readonly Emotion[] = [2, 1, 0, -1, -2];
/** Pieces per Bézier segment of the curve. */
const PIECES = 4;

/**
 * The emotion lane as on the canvas: a level line per score (0 dashed), the smooth curve through
 * every touchpoint's score, and a dot per touchpoint (filled when measured from CSAT/NPS/CES, hollow
 * when guessed, hollow with a dashed ring when measured from data older than the map's threshold:
 * `stale`, see `staleEmotionIds`); the lowest points, when below zero, get a red halo as the
 * "moments of pain".
 */
export function renderCurve(
  layout: GridLayout,
  window?: XSpan,
  stale?: ReadonlySet<string>,
  /** Issue 21: the level lines only (the personas' curves are drawn instead: renderPersonaCurves). */
  levelsOnly = false,
): string {
  const row = layout.rows.find((r) => isCurveLane(r.kind));
  if (!row) return '';
  const x1 = GRID.laneHeaderWidth;
  let out = '';
  for (const e of LEVELS) {
    const y = num(emotionY(row, e));
    out += el('path', {
      d: `M${num(Math.max(x1, window?.x0 ?? x1))} ${y}H${num(Math.min(layout.width, window?.x1 ?? layout.width))}`,
      stroke: e === 0 ? THEME.zeroLine : THEME.gridline,
      'stroke-dasharray': e === 0 ? '4 4' : undefined,
    });
  }
  if (levelsOnly) return el('g', { 'data-part': 'emotion-levels' }, out);
  const points = layout.curve;
  const top = emotionY(row, 2);
  const span = emotionY(row, -2) - top;
  // Pieces coloured by their score rather than one gradient stroke: svg2pdf cannot stroke with a
  // gradient (the PDF lost the curve), and pieces this short read as the same smooth red→green line.
  // The curve is shaped by all its points; a print page's window draws only its own stretch of it.
  for (const seg of smoothCurveSegments(points)) {
    if (!inSpan(window, Math.min(seg.p1.x, seg.p2.x), Math.max(seg.p1.x, seg.p2.x))) continue;
    for (const piece of splitCubic(seg, PIECES)) {
      const midY = (piece.p1.y + piece.p2.y) / 2;
      out += el('path', {
        d: `M${num(piece.p1.x)} ${num(piece.p1.y)}C${num(piece.c1.x)} ${num(piece.c1.y)} ${num(piece.c2.x)} ${num(piece.c2.y)} ${num(piece.p2.x)} ${num(piece.p2.y)}`,
        fill: 'none',
        stroke: blendedEmotionColor(2 - (4 * (midY - top)) / span),
        'stroke-width': 3.5,
        'stroke-linecap': 'round',
      });
    }
  }
  const min = Math.min(...points.map((p) => p.emotion));
  for (const p of points) {
    if (!inSpan(window, p.x - 12, p.x + 12)) continue;
    if (p.emotion === min && min < 0)
      out += el('circle', { cx: p.x, cy: p.y, r: 11, fill: '#dc2626', 'fill-opacity': 0.14 });
    // Filled when the score is measured, hollow when it is the workshop's guess, hollow and dashed
    // when it was measured but the data is stale.
    const old = p.measured && stale?.has(p.touchpointId) === true;
    const filled = p.measured && !old;
    out += el('circle', {
      cx: p.x,
      cy: p.y,
      r: p.measured ? 6 : 5,
      fill: filled ? emotionColor(p.emotion) : '#ffffff',
      stroke: filled ? '#ffffff' : emotionColor(p.emotion),
      'stroke-width': filled ? 2 : 2.5,
      'stroke-dasharray': old ? '2.5 2' : undefined,
      'data-measured': p.measured ? 'true' : undefined,
      'data-stale': old ? 'true' : undefined,
    });
  }
  return el(
    'g',
    { 'data-part': 'emotion-curve', 'data-points': points.map((p) => p.emotion).join(',') },
    out,
  );
}

/** De Casteljau: one cubic cut into `n` equal-parameter pieces, each again a cubic. */
function splitCubic(seg: CubicSegment, n: number): CubicSegment[] {
  const out: CubicSegment[] = [];
  let rest = seg;
  for (let i = n; i > 1; i--) {
    const [head, tail] = splitAt(rest, 1 / i);
    out.push(head);
    rest = tail;
  }
  out.push(rest);
  return out;
}

function splitAt({ p1, c1, c2, p2 }: CubicSegment, t: number): [CubicSegment, CubicSegment] {
  const lerp = (a: XY, b: XY): XY => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  const a = lerp(p1, c1);
  const b = lerp(c1, c2);
  const c = lerp(c2, p2);
  const ab = lerp(a, b);
  const bc = lerp(b, c);
  const mid = lerp(ab, bc);
  return [
    { p1, c1: a, c2: ab, p2: mid },
    { p1: mid, c1: bc, c2: c, p2 },
  ];
}

/** The canvas gradient's colour at any score in [-2, 2]: linear between the five emotion colours. */
export function blendedEmotionColor(score: number): string {
  const v = Math.min(2, Math.max(-2, score));
  const lo = Math.floor(v) as Emotion;
  const hi = Math.min(2, lo + 1) as Emotion;
  const t = v - lo;
  const [r1, g1, b1] = rgb(EMOTION_COLORS[lo]);
  const [r2, g2, b2] = rgb(EMOTION_COLORS[hi]);
  const hex = (a: number, b: number) =>
    Math.round(a + (b - a) * t)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(r1, r2)}${hex(g1, g2)}${hex(b1, b2)}`;
}

function rgb(color: string): [number, number, number] {
  const n = parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
