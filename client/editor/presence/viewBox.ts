import type { PeerView, PeerViewport } from './awarenessState';

/** A React Flow transform: screen = flow × zoom + (x, y). */
export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** The flow-coordinate rectangle a canvas of this transform and size shows. */
export function viewBoxOf(viewport: PeerViewport): PeerView {
  const { x, y, zoom, width, height } = viewport;
  return {
    x: 0 - x / zoom,
    y: 0 - y / zoom,
    width: Math.max(1, width / zoom),
    height: Math.max(1, height / zoom),
  };
}

/** What a peer looks at: their published view box, or (a tab that sends only a viewport) the one it implies. */
export function peerViewBox(peer: {
  readonly view: PeerView | null;
  readonly viewport: PeerViewport | null;
}): PeerView | null {
  return (
    peer.view ??
    (peer.viewport && peer.viewport.width > 0 && peer.viewport.height > 0 ? viewBoxOf(peer.viewport) : null)
  );
}

/**
 * The transform that fits `box` into a canvas of `width` × `height` with no padding, centred: the
 * follower sees at least everything the presenter sees, and on a screen of another shape a strip
 * beyond it. The zoom stays within the canvas' own limits (then the box's centre stays in the middle).
 */
export function fitViewBox(
  box: PeerView,
  width: number,
  height: number,
  limits: { readonly minZoom: number; readonly maxZoom: number },
): Transform {
  const fit = Math.min(width / box.width, height / box.height);
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, fit));
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  return { x: width / 2 - centreX * zoom, y: height / 2 - centreY * zoom, zoom };
}
