import './presence.css';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { PresenceUser } from './awarenessState';
import { usePeersNamedOn, usePeersOn } from './usePeersOn';

/**
 * A ring in someone's colour around a card they have selected, are editing or dragging, with their
 * name on a tag above it (a dragged group: on its first card). Place it anywhere inside a node's card: it draws into the React Flow node wrapper,
 * so the card's own `overflow: hidden` does not clip the ring or the tag.
 */
export function PeerRing({ id }: { id: string }) {
  const users = usePeersOn(id);
  const named = usePeersNamedOn(id);
  const [anchor, setAnchor] = useState<HTMLSpanElement | null>(null);
  const host = anchor?.closest('.react-flow__node');
  return (
    <>
      <span ref={setAnchor} hidden />
      {host && users.length > 0 && createPortal(<Ring users={users} named={named} />, host)}
    </>
  );
}

function Ring({ users, named }: { users: readonly PresenceUser[]; named: readonly PresenceUser[] }) {
  return (
    <div
      className="peer-ring"
      style={{ ['--peer' as string]: users[0]?.color }}
      data-testid="peer-ring"
      data-names={users.map((u) => u.name).join(', ')}
    >
      <div className="peer-ring-tags">
        {named.map((u) => (
          <span key={u.id} className="peer-ring-tag" style={{ background: u.color }}>
            {u.name}
          </span>
        ))}
      </div>
    </div>
  );
}
