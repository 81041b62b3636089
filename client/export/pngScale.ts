/**
 * Browsers refuse (or silently blank) canvases past a size limit, and a huge one can take the tab
 * down: Chrome and Firefox allow 32,767 px a side and a few hundred MP, iOS Safari far less. We keep
 * to the side limit and a 64 MP budget (256 MB of pixels), lowering the PNG's scale (never the
 * layout) when a big map at 2× or 3× would pass them; the dialog says so and points to SVG/PDF.
 */
export const MAX_CANVAS_SIDE = 32_767;
export const MAX_CANVAS_PIXELS = 64_000_000;

export interface PngScale {
  /** The scale actually used: the one asked for, or lower to fit the budget. */
  readonly scale: number;
  readonly clamped: boolean;
  readonly width: number;
  readonly height: number;
}

export function pngScale(width: number, height: number, requested: number): PngScale {
  const fit = Math.min(
    requested,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_PIXELS / (width * height)),
  );
  // Two decimals, rounded down, so the rounded size never passes the budget.
  const scale = fit >= requested ? requested : Math.floor(fit * 100) / 100;
  return {
    scale,
    clamped: scale < requested,
    width: Math.round(width * scale),
    height: Math.round(height * scale),
  };
}
