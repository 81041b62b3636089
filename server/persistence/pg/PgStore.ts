import { randomBytes } from 'node:crypto';
import { errorMessage, type Logger } from '../../log';
import type { ApiTokenRecord, ApiTokenStore } from '../ApiTokenStore';
import { parseDocId, requireDocRef } from '../docKeys';
import type { DocClient, EditRecord, VersionRecord, VersionStates } from '../HistoryStore';
import type { MapRecord, MapStore, MapTouch, StoredDoc, StoreUsage } from '../MapStore';
import type {
  NewNotification,
  NotificationRecord,
  NotificationStore,
  StoredEmailSettings,
} from '../NotificationStore';
import type { ShareLink, ShareLinkStore } from '../ShareLinkStore';
import type { SavedTemplateRecord, TemplateStore } from '../TemplateStore';
import { StorageUnavailableError } from '../StorageUnavailableError';
import { PgBridge } from './PgBridge';
import { redactedUrl } from './pgConnection';
import { PgJournal } from './PgJournal';

/** `usage()` runs on every create: the database's size is read at most this often. */
const USAGE_TTL_MS = 3_000;

export interface PgStoreOptions {
  /** Where failed background compactions are reported. */
  logger?: Logger;
}

/**
 * The MapStore for several processes sharing one PostgreSQL database (JOURNEY_DATABASE_URL), with
 * SqliteStore's behaviour. Its synchronous methods run in a worker through `PgBridge` (why: see
 * there); doc updates go through the async `journal` (group commit); compaction runs in the worker
 * without blocking, under an advisory lock so one process at a time folds a doc.
 *
 * Unreachable at start: the constructor throws a StorageUnavailableError naming the server. Later:
 * calls throw StorageUnavailableError (HTTP 503) and journal appends reject (rooms close 1013);
 * both connect again by themselves once the database is back.
 */
export class PgStore implements MapStore {
  readonly links: ShareLinkStore;
  readonly tokens: ApiTokenStore;
  readonly notifications: NotificationStore;
  readonly templates: TemplateStore;
  /** The hot path: the issue-20 group commit (`UpdateJournal`). */
  readonly journal: PgJournal;
  private readonly bridge: PgBridge;
  private usageCache: { at: number; usage: StoreUsage } | undefined;

  constructor(
    url: string,
    private readonly options: PgStoreOptions = {},
  ) {
    this.bridge = new PgBridge(url);
    try {
      this.bridge.call('upgradeSchema');
    } catch (err) {
      this.bridge.close();
      const message = `PostgreSQL at ${redactedUrl(url)}: ${errorMessage(err)}`;
      throw err instanceof StorageUnavailableError
        ? new StorageUnavailableError(message)
        : new Error(message);
    }
    this.journal = new PgJournal(url);
    const bridge = this.bridge;
    this.links = {
      createLink: (link: ShareLink) => bridge.call('createLink', link),
      getLink: (id: string) => bridge.call('getLink', id),
      listLinks: (mapId: string) => bridge.call('listLinks', mapId),
      revokeLink: (mapId: string, id: string, at: number) => bridge.call('revokeLink', mapId, id, at),
    };
    this.tokens = {
      createToken: (token: ApiTokenRecord) => bridge.call('createToken', token),
      getToken: (id: string) => bridge.call('getToken', id),
      listTokens: (mapId: string) => bridge.call('listTokens', mapId),
      revokeToken: (mapId: string, id: string, at: number) => bridge.call('revokeToken', mapId, id, at),
      touchToken: (id: string, at: number) => bridge.call('touchToken', id, at),
    };
    this.templates = {
      addTemplate: (t: SavedTemplateRecord, max: number) => bridge.call('addTemplate', t, max),
      getTemplate: (id: string) => bridge.call('getTemplate', id),
      listTemplates: () => bridge.call('listTemplates'),
      deleteTemplate: (id: string) => bridge.call('deleteTemplate', id),
    };
    this.notifications = {
      add: (rows: readonly NewNotification[]) =>
        rows.length === 0 ? [] : bridge.call('addNotifications', rows),
      list: (personId: string, limit: number): NotificationRecord[] =>
        bridge.call('listNotifications', personId, limit),
      unreadCount: (personId: string) => bridge.call('unreadCount', personId),
      markRead: (personId: string, ids: readonly string[] | 'all', at: number) =>
        bridge.call('markRead', personId, ids, at),
      markEmailed: (id: string, at: number) => bridge.call('markEmailed', id, at),
      getSettings: (personId: string) => bridge.call('getSettings', personId),
      putSettings: (personId: string, settings: StoredEmailSettings, at: number) =>
        bridge.call('putSettings', personId, settings, at),
    };
  }

  /**
   * The link-signing secret every process shares when JOURNEY_SECRET is unset: the first process
   * stores its random one (`ON CONFLICT DO NOTHING`), every process reads the stored one, so a link
   * minted on one verifies on all.
   */
  sharedSecret(): string {
    return this.bridge.call('sharedSecret', randomBytes(32).toString('base64url'));
  }

  listMaps(): MapRecord[] {
    return this.bridge.call('listMaps');
  }

  listTrash(): MapRecord[] {
    return this.bridge.call('listTrash');
  }

  getMap(id: string): MapRecord | undefined {
    return this.bridge.call('getMap', id);
  }

  createMap(record: MapRecord, snapshot: Uint8Array): void {
    this.bridge.call('createMap', record, snapshot);
    this.usageCache = undefined;
  }

  loadDoc(docId: string): StoredDoc | undefined {
    const ref = parseDocId(docId);
    return ref && this.bridge.call('loadDoc', ref.docId, ref.mapId);
  }

  appendUpdate(docId: string, update: Uint8Array, touch?: MapTouch, author: string | null = null): number {
    const ref = requireDocRef(docId);
    return this.bridge.call('appendUpdate', {
      docId: ref.docId,
      mapId: ref.mapId,
      isMap: ref.kind === 'map',
      data: update,
      ...(touch ? { touch } : {}),
      author,
    });
  }

  /**
   * Sent to the worker without waiting: the event loop goes on while it runs. The worker computes
   * the snapshot from the database (see `MAP_OPS.compact`) and skips the doc if another process is
   * compacting it; calls made after this one run after it, so they see its result.
   */
  compact(docId: string, snapshot: Uint8Array, throughSeq: number, touch?: MapTouch): void {
    const ref = requireDocRef(docId);
    this.bridge
      .callAsync('compact', ref.docId, ref.mapId, snapshot, throughSeq, touch)
      .then((done) => {
        if (!done) this.options.logger?.info('store.compact_skipped', { doc: docId, reason: 'locked' });
      })
      .catch((err: unknown) => {
        this.options.logger?.error('store.compact_failed', { doc: docId, error: errorMessage(err) });
      });
  }

  deleteMap(id: string): boolean {
    this.usageCache = undefined;
    return this.bridge.call('deleteMap', id);
  }

  /** Read at most every few seconds (the database's size is a file-system walk on the server). */
  usage(): StoreUsage {
    const now = Date.now();
    if (!this.usageCache || now - this.usageCache.at > USAGE_TTL_MS) {
      this.usageCache = { at: now, usage: this.bridge.call('usage') };
    }
    return this.usageCache.usage;
  }

  trashMap(id: string, at: number): boolean {
    return this.bridge.call('trashMap', id, at);
  }

  restoreMap(id: string): boolean {
    return this.bridge.call('restoreMap', id);
  }

  purgeTrash(before: number): string[] {
    this.usageCache = undefined;
    return this.bridge.call('purgeTrash', before);
  }

  /** Stops the worker; the journal is closed (flushed first) without waiting. */
  close(): void {
    this.bridge.close();
    void this.journal.close().catch(() => undefined);
  }

  insertVersion(version: Omit<VersionRecord, 'stateHash'>, states: VersionStates): VersionRecord {
    return this.bridge.call('insertVersion', version, states);
  }
  listVersions(mapId: string): VersionRecord[] {
    return this.bridge.call('listVersions', mapId);
  }
  getVersion(mapId: string, versionId: string): VersionRecord | undefined {
    return this.bridge.call('getVersion', mapId, versionId);
  }
  versionStates(mapId: string, versionId: string): VersionStates | undefined {
    return this.bridge.call('versionStates', mapId, versionId);
  }
  deleteVersions(mapId: string, versionIds: readonly string[]): number {
    return this.bridge.call('deleteVersions', mapId, versionIds);
  }
  listEdits(mapId: string, afterSeq: number): EditRecord[] {
    return this.bridge.call('listEdits', mapId, afterSeq);
  }
  lastEditSeq(mapId: string): number {
    return this.bridge.call('lastEditSeq', mapId);
  }
  recordDocClients(mapId: string, personId: string, clientIds: readonly number[], at: number): void {
    this.bridge.call('recordDocClients', mapId, personId, clientIds, at);
  }
  listDocClients(mapId: string): DocClient[] {
    return this.bridge.call('listDocClients', mapId);
  }
  pruneEdits(mapId: string, before: number): number {
    return this.bridge.call('pruneEdits', mapId, before);
  }
}
