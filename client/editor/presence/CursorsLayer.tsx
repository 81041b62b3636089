import './presence.css';
import { useStore, useViewport } from '@xyflow/react';
import { PeerCursor } from './PeerCursor';
import { usePeers } from './usePeers';
import { visibleCursors } from './visibleCursors';

/**
 * Everyone else's pointer over the canvas. Cursors travel in flow coordinates and are placed through
 * this tab's own viewport, so a cursor on a card stays on that card whatever each person's zoom.
 * Only the cursors inside the canvas are drawn (300 people: most are elsewhere on the map).
 * Sits above the nodes and lets every pointer event through.
 */
export function CursorsLayer() {
  const peers = usePeers();
  const viewport = useViewport();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const shown = visibleCursors(peers, viewport, { width, height });
  return (
    <div className="cursors-layer" aria-hidden="true" data-testid="cursors-layer">
      {shown.map(({ peer, cursor, left, top }) => (
        <PeerCursor
          key={peer.clientId}
          name={peer.user.name}
          color={peer.user.color}
          left={left}
          top={top}
          flowX={cursor.x}
          flowY={cursor.y}
        />
      ))}
    </div>
  );
}
