import type { PeerViewport } from './awarenessState';

export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * The transform that shows, on a canvas of `width` × `height`, the flow point at the centre of a
 * peer's canvas at the peer's zoom: screens of different sizes then look at the same place.
 */
export function followViewport(peer: PeerViewport, width: number, height: number): Transform {
  const centreX = (peer.width / 2 - peer.x) / peer.zoom;
  const centreY = (peer.height / 2 - peer.y) / peer.zoom;
  return { x: width / 2 - centreX * peer.zoom, y: height / 2 - centreY * peer.zoom, zoom: peer.zoom };
}
