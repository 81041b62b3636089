import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { Peer } from './readPeers';
import { usePresence, usePresenceState } from './usePresence';
import { fitViewBox, peerViewBox } from './viewBox';

/**
 * Follow mode: while this tab follows a peer, every change of their view fits the area they see into
 * this window (no padding), so followers see the same part of the map on any screen — not the same
 * zoom, which on a smaller screen would cut off the stage headers. Own pan/zoom stops it (see
 * useCanvasPresence), so does the peer leaving. "Bring everyone here" starts the same follow.
 */
export function useFollow(): { peer: Peer | null; stop: () => void } {
  const presence = usePresence();
  const peer = usePresenceState((s) =>
    s.following === null ? null : (s.peers.find((p) => p.clientId === s.following) ?? null),
  );
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const minZoom = useStore((s) => s.minZoom);
  const maxZoom = useStore((s) => s.maxZoom);
  // Peers keep unchanged fields identical (readPeers), so these change only when the peer's view does.
  const view = peer?.view ?? null;
  const viewport = peer?.viewport ?? null;
  const clientId = peer?.clientId ?? null;
  // The first jump to a newly followed person glides; live updates after it are applied at once.
  const glidedTo = useRef<number | null>(null);

  useEffect(() => {
    if (clientId === null) glidedTo.current = null;
    const box = peerViewBox({ view, viewport });
    if (!box || clientId === null || width === 0 || height === 0) return;
    const duration = glidedTo.current === clientId ? 0 : 300;
    glidedTo.current = clientId;
    void flow.setViewport(fitViewBox(box, width, height, { minZoom, maxZoom }), { duration });
  }, [flow, view, viewport, clientId, width, height, minZoom, maxZoom]);

  return { peer, stop: () => presence.follow(null) };
}
