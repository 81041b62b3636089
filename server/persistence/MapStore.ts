import type { ApiTokenStore } from './ApiTokenStore';
import type { TemplateStore } from './TemplateStore';
import type { HistoryStore } from './HistoryStore';
import type { NotificationStore } from './NotificationStore';
import type { ShareLinkStore } from './ShareLinkStore';
import type { UpdateJournal } from './UpdateJournal';

/**
 * Where maps live between rooms. The server talks only to this interface, so SQLite (the default)
 * can be swapped for another store without touching rooms or the API.
 *
 * Doc updates go through `journal` (issue 20: group commit, off the event loop): an update is
 * broadcast only once its append has resolved, and while appends are in flight the in-memory doc
 * is ahead of the disk, so a room defers what it computes from the doc (sync step 2, an HTTP
 * answer) until they are durable (`Room.whenDurable`). The rest of the store stays synchronous.
 */
export interface MapRecord {
  id: string;
  /** Copy of the doc's title, kept current so the map list needs no Y.Doc. */
  title: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Last time an update was stored (ms since the epoch); orders the map list. */
  updatedAt: number;
  /**
   * Person id of the creator, who governs the map (revokes others' links, deletes it). Null or
   * absent: a map from before owners were recorded, or made by a client without a person key.
   */
  owner?: string | null;
  /** Set while the map is in the trash (ms since the epoch); such a map is hidden and closed. */
  deletedAt?: number | null;
}

/** Everything needed to rebuild a Y.Doc: one snapshot plus the updates logged after it. */
export interface StoredDoc {
  snapshot: Uint8Array;
  updates: Uint8Array[];
  /** Sequence number of the last update in `updates` (0 if none), for `compact`. */
  lastSeq: number;
}

/** Metadata written together with an update, in the same transaction. */
export interface MapTouch {
  updatedAt: number;
  /** Only when the doc's title changed. */
  title?: string;
}

/** What the store holds, for the server's caps: read on every create, so it must be cheap. */
export interface StoreUsage {
  maps: number;
  /** Bytes the store takes on disk (or in memory), close enough for a cap. */
  bytes: number;
}

/**
 * Docs are addressed by doc id (`docKeys.ts`): a map's id for the map doc, `<mapId>/comments` for
 * its comments doc. Only map docs have a row in the maps list; every doc belongs to one map and
 * goes when it is deleted.
 */
export interface MapStore extends HistoryStore {
  /** All maps not in the trash, most recently updated first. */
  listMaps(): MapRecord[];
  /** Maps in the trash, most recently trashed first. */
  listTrash(): MapRecord[];
  /** The map, in the trash or not (callers check `deletedAt`). */
  getMap(id: string): MapRecord | undefined;
  /** Stores a new map with its initial state as the snapshot. */
  createMap(record: MapRecord, snapshot: Uint8Array): void;
  /**
   * Undefined if the doc's map does not exist. A doc nothing was stored for yet (a map's comments
   * before the first comment) loads as an empty snapshot.
   */
  loadDoc(docId: string): StoredDoc | undefined;
  /** The durable, batched write path of doc updates (rooms append through it). */
  readonly journal: UpdateJournal;
  /**
   * Appends one Yjs update durably and synchronously (tests and tools; rooms use `journal`), with
   * the same rows as a journal append, and returns its sequence number; `touch` updates the map row. An
   * update of a map doc is also logged as an edit by `author` (the person the server stamped on the
   * sender; null or absent: the server itself) at `touch.updatedAt`, in the same transaction.
   */
  appendUpdate(docId: string, update: Uint8Array, touch?: MapTouch, author?: string | null): number;
  /**
   * Replaces the snapshot and drops logged updates up to `throughSeq`, in one transaction. Versions
   * and the edit log are not touched: they are the history compaction would otherwise fold away.
   */
  compact(docId: string, snapshot: Uint8Array, throughSeq: number, touch?: MapTouch): void;
  /** Removes the map and all its data (both docs, share links, history); false if it did not exist. */
  deleteMap(id: string): boolean;
  /** How many maps and bytes the store holds now (JOURNEY_MAX_MAPS, JOURNEY_MAX_STORE_BYTES). */
  usage(): StoreUsage;
  /** Moves the map to the trash at `at`; false if there is no such map outside the trash. */
  trashMap(id: string, at: number): boolean;
  /** Takes the map out of the trash; false if it is not there. */
  restoreMap(id: string): boolean;
  /** Deletes for good every map trashed at or before `before`; returns their ids. */
  purgeTrash(before: number): string[];
  /** Share links live with the maps, so deleting a map takes its links along. */
  readonly links: ShareLinkStore;
  /** Metrics API tokens (issue 19), likewise deleted with their map. */
  readonly tokens: ApiTokenStore;
  /** The inbox: notifications go with their map. */
  readonly notifications: NotificationStore;
  /** Maps saved as templates (issue 21): server-wide, kept when the map they came from goes. */
  readonly templates: TemplateStore;
  close(): void;
}
