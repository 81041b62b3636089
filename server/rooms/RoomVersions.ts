import type * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessMessage, syncStep2Message } from './messages';

/**
 * Version counters for a room's doc and presence, bumped on every change, and what every joiner
 * asks for encoded once per version: the doc's full state (the answer to an empty sync step 1) and
 * everyone's presence (the answer to a query-awareness). Concurrent joiners of one version share
 * one copy instead of each costing an `encodeStateAsUpdate` of the whole map.
 */
export class RoomVersions {
  /** Bumped on every doc update: equal versions mean an equal doc. */
  docVersion = 0;
  /** Bumped on every presence update (including renewals). */
  awarenessVersion = 0;
  private fullState: Uint8Array | undefined;
  private presence: Uint8Array | undefined;

  constructor(
    private readonly doc: Y.Doc,
    private readonly awareness: awarenessProtocol.Awareness,
  ) {
    doc.on('update', this.onDocUpdate);
    awareness.on('update', this.onAwarenessUpdate);
  }

  /**
   * Sync step 2 with the whole doc (the answer to an empty state vector), encoded at most once per
   * version. `ws` sends a buffer without copying it, so joiners share this one copy.
   */
  fullStateMessage(): Uint8Array {
    this.fullState ??= syncStep2Message(Y.encodeStateAsUpdate(this.doc));
    return this.fullState;
  }

  /** An awareness message with every present client's state, encoded at most once per version. */
  presenceMessage(): Uint8Array {
    this.presence ??= awarenessMessage(this.awareness, [...this.awareness.getStates().keys()]);
    return this.presence;
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.fullState = undefined;
    this.presence = undefined;
  }

  private readonly onDocUpdate = (): void => {
    this.docVersion += 1;
    this.fullState = undefined;
  };

  private readonly onAwarenessUpdate = (): void => {
    this.awarenessVersion += 1;
    this.presence = undefined;
  };
}
