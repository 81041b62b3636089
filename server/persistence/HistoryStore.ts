import type { ChangeCounts, PersonRef, VersionKind, VersionReason } from '../../model/history/historyTypes';

/** One stored version of a map (issue 17): what the versions API lists, plus where its state is. */
export interface VersionRecord {
  readonly id: string;
  readonly mapId: string;
  readonly kind: VersionKind;
  readonly reason: VersionReason;
  /** The name an editor gave it (named versions), or null. */
  readonly name: string | null;
  /** Ms since the epoch. */
  readonly takenAt: number;
  /** Who asked for it; null when the server took it itself. */
  readonly takenBy: PersonRef | null;
  /** Who was connected or edited since the version before it. */
  readonly people: readonly PersonRef[];
  /** Cards and notes changed since the version before it. */
  readonly changes: ChangeCounts;
  /** Set on `before-restore` / `restored`: the version that was restored. */
  readonly restoredFrom: string | null;
  /** The last `edits.seq` of this map included in the state: where a replay of edits starts. */
  readonly editSeq: number;
  /** Key of its states (sha256): equal hashes, equal states. */
  readonly stateHash: string;
}

/** A version's content: the map doc's and the comments doc's full Yjs states. */
export interface VersionStates {
  readonly map: Uint8Array;
  readonly comments: Uint8Array;
}

/** One logged map-doc update with who sent it; revert by person replays these in order. */
export interface EditRecord {
  readonly seq: number;
  /** The person the server stamped on the sending connection, or null (the server itself). */
  readonly personId: string | null;
  /** Ms since the epoch. */
  readonly at: number;
  readonly data: Uint8Array;
}

/** A Yjs client id and the person whose connection first wrote with it. */
export interface DocClient {
  readonly clientId: number;
  readonly personId: string;
  readonly firstAt: number;
}

/**
 * A map's history in the store: versions (full states, deduplicated), the attributed edit log and
 * the client ids per person. Edits are written by `MapStore.appendUpdate` in the update's own
 * transaction; nothing here is touched by compaction, and deleting a map takes it all along.
 */
export interface HistoryStore {
  /** Stores a version; its states are shared with any earlier version of the map with equal states. */
  insertVersion(version: Omit<VersionRecord, 'stateHash'>, states: VersionStates): VersionRecord;
  /** The map's versions, newest first. */
  listVersions(mapId: string): VersionRecord[];
  /** Undefined for an unknown id or a version of another map. */
  getVersion(mapId: string, versionId: string): VersionRecord | undefined;
  versionStates(mapId: string, versionId: string): VersionStates | undefined;
  /** Deletes these versions of the map, then the states no version uses any more; returns how many went. */
  deleteVersions(mapId: string, versionIds: readonly string[]): number;
  /** The map's logged edits with `seq > afterSeq`, in order. */
  listEdits(mapId: string, afterSeq: number): EditRecord[];
  /** The map's newest edit's seq (0 if none): a version taken now includes everything up to it. */
  lastEditSeq(mapId: string): number;
  /** Claims Yjs client ids for a person; ids already claimed (by anyone) keep their first person. */
  recordDocClients(mapId: string, personId: string, clientIds: readonly number[], at: number): void;
  listDocClients(mapId: string): DocClient[];
  /** Deletes the map's edits logged before `before`; returns how many. */
  pruneEdits(mapId: string, before: number): number;
}
