import { useEffect, useRef } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import { followViewport } from './followViewport';
import type { Peer } from './readPeers';
import { usePresence, usePresenceState } from './usePresence';

/**
 * Follow mode: while this tab follows a peer, every change of their viewport moves ours to the same
 * flow point at their zoom. Own pan/zoom stops it (see useCanvasPresence), so does the peer leaving.
 */
export function useFollow(): { peer: Peer | null; stop: () => void } {
  const presence = usePresence();
  const peer = usePresenceState((s) =>
    s.following === null ? null : (s.peers.find((p) => p.clientId === s.following) ?? null),
  );
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const viewport = peer?.viewport ?? null;
  const clientId = peer?.clientId ?? null;
  // The first jump to a newly followed person glides; live updates after it are applied at once.
  const glidedTo = useRef<number | null>(null);

  useEffect(() => {
    if (clientId === null) glidedTo.current = null;
    if (!viewport || clientId === null || width === 0 || height === 0) return;
    const duration = glidedTo.current === clientId ? 0 : 300;
    glidedTo.current = clientId;
    void flow.setViewport(followViewport(viewport, width, height), { duration });
  }, [flow, viewport, clientId, width, height]);

  return { peer, stop: () => presence.follow(null) };
}
