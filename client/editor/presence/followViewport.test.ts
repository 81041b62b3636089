import { describe, expect, it } from 'vitest';
import { followViewport } from './followViewport';

describe('followViewport', () => {
  it('is the identity on a screen of the same size', () => {
    expect(followViewport({ x: -120, y: 40, zoom: 0.8, width: 1200, height: 700 }, 1200, 700)).toEqual({
      x: -120,
      y: 40,
      zoom: 0.8,
    });
  });

  it('centres the same flow point on a different screen', () => {
    const peer = { x: -100, y: 50, zoom: 2, width: 1000, height: 600 };
    // The peer's centre: screen (500, 300) → flow ((500 + 100) / 2, (300 - 50) / 2) = (300, 125).
    const t = followViewport(peer, 800, 400);
    expect(t.zoom).toBe(2);
    expect(400 - t.x).toBeCloseTo(300 * 2);
    expect(200 - t.y).toBeCloseTo(125 * 2);
  });
});
