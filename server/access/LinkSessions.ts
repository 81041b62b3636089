import type { AccessErrorCode } from '../../model';
import type { RoomPeer } from '../rooms/RoomPeer';
import { ACCESS_ERRORS, accessCloseReason } from './accessErrors';

/** setTimeout's ceiling (~24.8 days); a later expiry is re-armed when this one fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Session {
  linkId: string;
  expiresAt: number | null;
  timer?: NodeJS.Timeout;
}

/**
 * The open connections of each share link. A token is checked when a socket opens; this keeps
 * that check true for as long as the socket lives: revoking a link, or the link expiring, closes
 * its sockets with 4401 instead of leaving them reading (or writing) until they happen to reconnect.
 */
export class LinkSessions {
  private readonly byLink = new Map<string, Map<RoomPeer, Session>>();

  /** Starts watching `peer`; call the returned function when it closes. */
  track(linkId: string, expiresAt: number | null, peer: RoomPeer): () => void {
    let peers = this.byLink.get(linkId);
    if (!peers) this.byLink.set(linkId, (peers = new Map<RoomPeer, Session>()));
    const session: Session = { linkId, expiresAt };
    peers.set(peer, session);
    this.arm(peer, session);
    return () => this.untrack(peer, session);
  }

  /** The links that have open sockets here (issue 20: re-checked after a relay outage). */
  get linkIds(): string[] {
    return [...this.byLink.keys()];
  }

  /** A link was revoked: close every socket it opened. */
  closeLink(linkId: string, code: AccessErrorCode = 'token_revoked'): number {
    const peers = [...(this.byLink.get(linkId)?.keys() ?? [])];
    for (const peer of peers) end(peer, code);
    return peers.length;
  }

  /** Shutdown: no timer may outlive the server. */
  clear(): void {
    for (const peers of this.byLink.values()) for (const s of peers.values()) clearTimeout(s.timer);
    this.byLink.clear();
  }

  private arm(peer: RoomPeer, session: Session): void {
    if (session.expiresAt === null) return;
    const delay = session.expiresAt - Date.now();
    session.timer = setTimeout(
      () => (Date.now() >= session.expiresAt! ? end(peer, 'token_expired') : this.arm(peer, session)),
      Math.max(0, Math.min(delay, MAX_TIMER_MS)),
    );
    session.timer.unref();
  }

  private untrack(peer: RoomPeer, session: Session): void {
    clearTimeout(session.timer);
    const peers = this.byLink.get(session.linkId);
    if (peers?.get(peer) !== session) return;
    peers.delete(peer);
    if (peers.size === 0) this.byLink.delete(session.linkId);
  }
}

function end(peer: RoomPeer, code: AccessErrorCode): void {
  peer.close(ACCESS_ERRORS[code].closeCode, accessCloseReason(code));
}
