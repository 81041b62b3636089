import * as Y from 'yjs';
import { syncStep2Message } from '../rooms/messages';
import type { RoomVersions } from '../rooms/RoomVersions';

/** What to do with one sync step 1 or query-awareness request. */
export type SyncReply =
  /** First request for this version: send `message`. */
  | { kind: 'send'; message: Uint8Array }
  /** Already answered for this version: nothing is sent, but `bytes` count against the budget. */
  | { kind: 'repeat'; bytes: number };

/**
 * One connection's answers to sync step 1 and query-awareness (type 3): each answered at most once
 * per doc / presence version. A 4-byte request used to make the server encode and queue the whole
 * map every time (406 requests took a server from 167 MB to 1.1 GB); a repeat now costs nothing
 * but is charged, by the size of the reply it would have had, to the connection's byte budget.
 */
export class SyncReplies {
  private docVersion = -1;
  private docBytes = 0;
  private awarenessVersion = -1;
  private awarenessBytes = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly versions: RoomVersions,
  ) {}

  /** The sync step 2 answering `stateVector` (throws on a malformed one: the caller closes 4400). */
  syncStep2(stateVector: Uint8Array): SyncReply {
    const known = Y.decodeStateVector(stateVector);
    if (this.docVersion === this.versions.docVersion) return { kind: 'repeat', bytes: this.docBytes };
    // An empty state vector (a new tab) gets the shared full state; others their own difference.
    const message =
      known.size === 0
        ? this.versions.fullStateMessage()
        : syncStep2Message(Y.encodeStateAsUpdate(this.doc, stateVector));
    this.docVersion = this.versions.docVersion;
    this.docBytes = message.length;
    return { kind: 'send', message };
  }

  /** Everyone's presence, shared by every connection asking at this version. */
  presence(): SyncReply {
    if (this.awarenessVersion === this.versions.awarenessVersion) {
      return { kind: 'repeat', bytes: this.awarenessBytes };
    }
    const message = this.versions.presenceMessage();
    this.awarenessVersion = this.versions.awarenessVersion;
    this.awarenessBytes = message.length;
    return { kind: 'send', message };
  }
}
