import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE, pngScale } from './pngScale';

describe('pngScale', () => {
  it('keeps the asked scale when the image fits', () => {
    expect(pngScale(2976, 1288, 3)).toEqual({ scale: 3, clamped: false, width: 8928, height: 3864 });
  });

  it('lowers the scale for a map wider than a canvas may be', () => {
    const s = pngScale(40_000, 1_300, 2);
    expect(s.clamped).toBe(true);
    expect(s.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(s.scale).toBe(0.81);
  });

  it('lowers the scale to stay inside the pixel budget', () => {
    const s = pngScale(8_000, 6_000, 3);
    expect(s.clamped).toBe(true);
    expect(s.width * s.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(s.scale).toBeGreaterThan(1);
  });
});
