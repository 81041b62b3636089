import type { Role } from '../../model';
import {
  encodeAwarenessEntries,
  readAwarenessEntries,
  type AwarenessEntry,
  type EntryRefusal,
} from './awarenessEntries';
import type { RoomPeer } from './RoomPeer';

/** Most awareness client ids one connection may own (a tab has one; a few spare for odd clients). */
export const MAX_CLIENTS_PER_CONNECTION = 4;

/** Who sends an awareness update, as the server knows them (never as the update says). */
export interface PresenceSender {
  /** The connection, whose `personId` (stamped by the server) every admitted state carries. */
  peer: RoomPeer;
  role: Role;
  /** Whether this sender may summon everyone ("bring everyone here"): asked only when a state has one. */
  mayLead(): boolean;
}

export type PresenceRefusal = EntryRefusal | 'not-yours' | 'too-many-clients' | 'too-many-entries';

/** An entry the gate skips without counting it: an honest tab's removal of a state it never showed. */
const IGNORED = 'ignored';

/** What the gate let through of one frame. */
export interface GatedUpdate {
  /** The admitted entries, stamped, encoded for `applyAwarenessUpdate`; undefined when none. */
  update: Uint8Array | undefined;
  /** How many entries were refused, by reason. */
  refused: Partial<Record<PresenceRefusal, number>>;
}

/**
 * Binds presence to connections. A connection owns the awareness client ids it announced first
 * (at most MAX_CLIENTS_PER_CONNECTION) and may set or remove only those: an id owned by another
 * connection is refused, unless that connection is the same person's (a reconnect that arrives before
 * the old socket is gone takes the id over). Every admitted state is stamped by the server:
 * `user.id` is the sender's person id, `role` its role, and a `summon` or `presenting` from someone who
 * may not lead is taken out. Shape limits (entries per frame, state size and depth) are `readAwarenessEntries`'.
 */
export class PresenceGate {
  private readonly owners = new Map<number, PresenceSender>();
  private readonly owned = new Map<RoomPeer, Set<number>>();

  /** @param reserved the server's own awareness client id, which nobody may claim. */
  constructor(private readonly reserved: number) {}

  /** Filters and stamps one awareness update from `sender`; throws only on undecodable bytes. */
  admit(sender: PresenceSender, update: Uint8Array): GatedUpdate {
    const read = readAwarenessEntries(update);
    const refused: GatedUpdate['refused'] = {};
    const count = (reason: PresenceRefusal, n = 1) => {
      if (n > 0) refused[reason] = (refused[reason] ?? 0) + n;
    };
    for (const { reason } of read.refused) count(reason);
    count('too-many-entries', read.skipped);
    let mayLead: boolean | undefined;
    const admitted: AwarenessEntry[] = [];
    for (const entry of read.entries) {
      const refusal = this.claim(sender, entry);
      if (refusal === IGNORED) continue;
      if (refusal) {
        count(refusal);
        continue;
      }
      const leads = () => (mayLead ??= sender.mayLead());
      admitted.push({ ...entry, state: entry.state && stamp(entry.state, sender, leads) });
    }
    return { update: admitted.length > 0 ? encodeAwarenessEntries(admitted) : undefined, refused };
  }

  /** The client ids `peer` owned, now free; the caller removes their states. */
  release(peer: RoomPeer): number[] {
    const ids = [...(this.owned.get(peer) ?? [])];
    this.owned.delete(peer);
    for (const id of ids) this.owners.delete(id);
    return ids;
  }

  /** Whether `sender` may write `entry`'s client id, taking ownership of it if it is free. */
  private claim(sender: PresenceSender, entry: AwarenessEntry): PresenceRefusal | typeof IGNORED | undefined {
    if (entry.clientID === this.reserved) return 'not-yours';
    const owner = this.owners.get(entry.clientID);
    if (owner?.peer === sender.peer) return undefined;
    if (owner && owner.peer.personId !== sender.peer.personId) return 'not-yours';
    if (entry.state === null) {
      // A tab withdrawing a state it never showed (an unnamed tab leaving) sends this: nothing to
      // remove, and applying it would only leave an entry in the awareness' clock table.
      if (!owner) return IGNORED;
      // The same person's other connection (a reconnect) may remove it; the owner keeps the id.
      return undefined;
    }
    const mine = this.owned.get(sender.peer) ?? new Set<number>();
    if (mine.size >= MAX_CLIENTS_PER_CONNECTION) return 'too-many-clients';
    if (owner) this.owned.get(owner.peer)?.delete(entry.clientID);
    mine.add(entry.clientID);
    this.owned.set(sender.peer, mine);
    this.owners.set(entry.clientID, sender);
    return undefined;
  }
}

/**
 * Presence fields that make others' screens move, so only the seat holder's are relayed: `summon`
 * ("bring everyone here") and `presenting` (the slide everyone follows, issue 18).
 */
const LEAD_KEYS = ['summon', 'presenting'] as const;

/** The state as the server relays it: identity and role from the connection, not from the client. */
function stamp(
  state: Record<string, unknown>,
  sender: PresenceSender,
  mayLead: () => boolean,
): Record<string, unknown> {
  const stamped: Record<string, unknown> = { ...state, role: sender.role };
  const user = state.user;
  if (typeof user === 'object' && user !== null && !Array.isArray(user)) {
    stamped.user = { ...user, id: sender.peer.personId };
  }
  for (const key of LEAD_KEYS) {
    if (stamped[key] !== undefined && stamped[key] !== null && !mayLead()) delete stamped[key];
  }
  return stamped;
}
