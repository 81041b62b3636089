import * as Y from 'yjs';
import { newId } from '../../model';
import type { PersonRef, VersionKind, VersionReason } from '../../model/history/historyTypes';
import { errorMessage, type Logger } from '../log';
import { docRef, type DocKind } from '../persistence/docKeys';
import type { VersionRecord } from '../persistence/HistoryStore';
import type { MapStore } from '../persistence/MapStore';
import type { CountChanges } from './countCardChanges';
import { versionsToDrop, type RetentionPolicy } from './retention';

/** Which retention class a version falls in, by why it was taken. */
export const REASON_KIND = {
  named: 'named',
  'session-start': 'auto',
  'session-end': 'auto',
  hourly: 'auto',
  'first-load': 'auto',
  restored: 'auto',
  'before-restore': 'safety',
  'before-revert': 'safety',
  'before-import': 'safety',
} as const satisfies Record<VersionReason, VersionKind>;

/** The live doc of a map (or of its comments) when its room is loaded. */
export type LiveDoc = (mapId: string, kind: DocKind) => Y.Doc | undefined;

export interface TakerOptions {
  now: () => number;
  retention: RetentionPolicy;
  /** Edits older than this are pruned after each version (revert by person looks back this far). */
  editWindowMs: number;
  countChanges: CountChanges;
  logger: Logger;
}

/** What a version records besides its state; the taker fills in the rest. */
export interface TakeRequest {
  readonly reason: VersionReason;
  readonly people: readonly PersonRef[];
  readonly name?: string | null;
  readonly takenBy?: PersonRef | null;
  readonly restoredFrom?: string | null;
}

/**
 * Takes one version of a map: the full state of its map doc and of its comments doc (live if their
 * room is loaded, else as stored), the last edit it includes and the change counts against the
 * version before it; then applies retention (named versions kept for ever) and prunes the edit log.
 * Synchronous, like the store: the state and `edit_seq` are read in the same tick, so they agree.
 */
export class VersionTaker {
  constructor(
    private readonly store: MapStore,
    private readonly liveDoc: LiveDoc,
    private readonly options: TakerOptions,
  ) {}

  /** `mapDoc`: the map's live doc when the caller holds it (a room still loading is not listed yet). */
  take(mapId: string, request: TakeRequest, mapDoc?: Y.Doc): VersionRecord {
    const mapState = mapDoc ? Y.encodeStateAsUpdate(mapDoc) : this.stateOf(mapId, 'map');
    if (!mapState) throw new Error(`map ${mapId} not found`);
    const previous = this.store.listVersions(mapId)[0];
    const before = previous ? (this.store.versionStates(mapId, previous.id)?.map ?? null) : null;
    const at = this.options.now();
    const version = this.store.insertVersion(
      {
        id: newId('ver'),
        mapId,
        kind: REASON_KIND[request.reason],
        reason: request.reason,
        name: request.name ?? null,
        takenAt: at,
        takenBy: request.takenBy ?? null,
        people: request.people,
        // Nothing changed since the previous version (a session start after a session end, a name
        // given right after a take): no need to read both maps to count nothing.
        changes:
          before && Buffer.from(before).equals(mapState)
            ? { added: 0, removed: 0, changed: 0 }
            : this.options.countChanges(before, mapState),
        restoredFrom: request.restoredFrom ?? null,
        editSeq: this.store.lastEditSeq(mapId),
      },
      { map: mapState, comments: this.stateOf(mapId, 'comments') ?? new Uint8Array([0, 0]) },
    );
    this.options.logger.info('version.taken', { map: mapId, version: version.id, reason: request.reason });
    this.thin(mapId, at);
    return version;
  }

  /** Retention after a take: best effort, a failure here must not lose the version just taken. */
  private thin(mapId: string, at: number): void {
    try {
      const stamps = this.store.listVersions(mapId).map((v) => ({ id: v.id, at: v.takenAt, kind: v.kind }));
      const dropped = this.store.deleteVersions(mapId, versionsToDrop(stamps, at, this.options.retention));
      const pruned = this.store.pruneEdits(mapId, at - this.options.editWindowMs);
      if (dropped + pruned > 0) this.options.logger.info('version.thinned', { map: mapId, dropped, pruned });
    } catch (err) {
      this.options.logger.error('version.thin_failed', { map: mapId, error: errorMessage(err) });
    }
  }

  /** A doc's full state now: the live one, or the stored snapshot and log merged without a Y.Doc. */
  stateOf(mapId: string, kind: DocKind): Uint8Array | undefined {
    const live = this.liveDoc(mapId, kind);
    if (live) return Y.encodeStateAsUpdate(live);
    const stored = this.store.loadDoc(docRef(mapId, kind).docId);
    return stored && Y.mergeUpdates([stored.snapshot, ...stored.updates]);
  }
}
