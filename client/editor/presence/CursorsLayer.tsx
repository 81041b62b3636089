import './presence.css';
import { useViewport } from '@xyflow/react';
import { PeerCursor } from './PeerCursor';
import { usePeers } from './usePeers';

/**
 * Everyone else's pointer over the canvas. Cursors travel in flow coordinates and are placed through
 * this tab's own viewport, so a cursor on a card stays on that card whatever each person's zoom.
 * Sits above the nodes and lets every pointer event through.
 */
export function CursorsLayer() {
  const peers = usePeers();
  const { x, y, zoom } = useViewport();
  return (
    <div className="cursors-layer" aria-hidden="true" data-testid="cursors-layer">
      {peers.map(
        (p) =>
          p.cursor && (
            <PeerCursor
              key={p.clientId}
              name={p.user.name}
              color={p.user.color}
              left={p.cursor.x * zoom + x}
              top={p.cursor.y * zoom + y}
              flowX={p.cursor.x}
              flowY={p.cursor.y}
            />
          ),
      )}
    </div>
  );
}
