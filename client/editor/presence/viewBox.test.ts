import { describe, expect, it } from 'vitest';
import { fitViewBox, peerViewBox, viewBoxOf } from './viewBox';

const limits = { minZoom: 0.15, maxZoom: 2 };

/** The flow rectangle a transform shows on a canvas of the given size. */
const shown = (t: { x: number; y: number; zoom: number }, width: number, height: number) => ({
  left: -t.x / t.zoom,
  top: -t.y / t.zoom,
  right: (width - t.x) / t.zoom,
  bottom: (height - t.y) / t.zoom,
});

describe('viewBoxOf', () => {
  it('is the flow rectangle under the canvas', () => {
    expect(viewBoxOf({ x: -200, y: 40, zoom: 0.5, width: 1600, height: 990 })).toEqual({
      x: 400,
      y: -80,
      width: 3200,
      height: 1980,
    });
  });
});

describe('fitViewBox', () => {
  it('is the identity on a canvas of the same size', () => {
    const viewport = { x: -120, y: 40, zoom: 0.8, width: 1200, height: 700 };
    const t = fitViewBox(viewBoxOf(viewport), 1200, 700, limits);
    expect(t.zoom).toBeCloseTo(0.8);
    expect(t.x).toBeCloseTo(-120);
    expect(t.y).toBeCloseTo(40);
  });

  it('shows all of a big screen’s view on a small one, centred, with no padding', () => {
    // A presenter on a 1600 × 990 canvas at zoom 0.7; a follower with 960 × 630.
    const box = viewBoxOf({ x: 16, y: 16, zoom: 0.7, width: 1600, height: 990 });
    const t = fitViewBox(box, 960, 630, limits);
    const seen = shown(t, 960, 630);
    expect(seen.left).toBeLessThanOrEqual(box.x + 1e-9);
    expect(seen.top).toBeLessThanOrEqual(box.y + 1e-9);
    expect(seen.right).toBeGreaterThanOrEqual(box.x + box.width - 1e-9);
    expect(seen.bottom).toBeGreaterThanOrEqual(box.y + box.height - 1e-9);
    // Tight on the limiting side (width here): no padding.
    expect(seen.right - seen.left).toBeCloseTo(box.width);
    expect(t.zoom).toBeCloseTo(0.7 * (960 / 1600));
  });

  it('keeps the zoom within the canvas limits, centred on the box', () => {
    const box = { x: 0, y: 0, width: 100, height: 50 };
    const t = fitViewBox(box, 1000, 1000, limits);
    expect(t.zoom).toBe(2);
    expect(shown(t, 1000, 1000).left + 250).toBeCloseTo(50);
  });
});

describe('peerViewBox', () => {
  const viewport = { x: 0, y: 0, zoom: 1, width: 800, height: 600 };
  it('prefers the published view box', () => {
    const view = { x: 10, y: 20, width: 300, height: 200 };
    expect(peerViewBox({ view, viewport })).toBe(view);
  });
  it('derives it from a viewport alone (a tab of the previous version)', () => {
    expect(peerViewBox({ view: null, viewport })).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
  it('is null without either, or with an empty canvas', () => {
    expect(peerViewBox({ view: null, viewport: null })).toBeNull();
    expect(peerViewBox({ view: null, viewport: { ...viewport, width: 0 } })).toBeNull();
  });
});
