import type { Matrix } from './pdfCanvas';

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** m × n (apply n first, then m), as PDF's `cm` composes. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** An SVG `transform` list → one matrix. Unknown functions throw. */
export function parseTransform(value: string | undefined): Matrix {
  let out = IDENTITY;
  if (!value) return out;
  for (const m of value.matchAll(/([a-zA-Z]+)\s*\(([^)]*)\)/g)) {
    const v = (m[2]!.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
    const [a = 0, b, c = 0] = v;
    let t: Matrix;
    switch (m[1]) {
      case 'translate':
        t = [1, 0, 0, 1, a, b ?? 0];
        break;
      case 'scale':
        t = [a, 0, 0, b ?? a, 0, 0];
        break;
      case 'rotate': {
        const r = (a * Math.PI) / 180;
        const rot: Matrix = [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
        t = b === undefined ? rot : multiply(multiply([1, 0, 0, 1, b, c], rot), [1, 0, 0, 1, -b, -c]);
        break;
      }
      case 'skewX':
        t = [1, 0, Math.tan((a * Math.PI) / 180), 1, 0, 0];
        break;
      case 'skewY':
        t = [1, Math.tan((a * Math.PI) / 180), 0, 1, 0, 0];
        break;
      case 'matrix':
        if (v.length !== 6) throw new Error(`Bad transform: "${value}"`);
        t = v as unknown as Matrix;
        break;
      default:
        throw new Error(`Unsupported transform "${m[1] ?? ''}"`);
    }
    out = multiply(out, t);
  }
  return out;
}

/**
 * A viewBox shown in a width × height viewport (preserveAspectRatio: the default xMidYMid meet,
 * or none); null when the viewBox is absent.
 */
export function viewBoxMatrix(
  viewBox: string | undefined,
  width: number,
  height: number,
  preserve: string | undefined,
): Matrix | null {
  const v = (viewBox ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  if (v.length !== 4 || v.some((n) => !Number.isFinite(n)) || v[2]! <= 0 || v[3]! <= 0) return null;
  const [vx, vy, vw, vh] = v as [number, number, number, number];
  let sx = width / vw;
  let sy = height / vh;
  let tx = 0;
  let ty = 0;
  if (preserve?.trim() !== 'none') {
    const s = Math.min(sx, sy);
    [sx, sy] = [s, s];
    tx = (width - vw * s) / 2;
    ty = (height - vh * s) / 2;
  }
  return [sx, 0, 0, sy, tx - vx * sx, ty - vy * sy];
}
