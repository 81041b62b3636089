import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { prepareAppend, type AppendStatements } from './appendStatements';
import { parseDocId, requireDocRef } from './docKeys';
import type { DocClient, EditRecord, VersionRecord, VersionStates } from './HistoryStore';
import type { MapRecord, MapStore, MapTouch, StoredDoc, StoreUsage } from './MapStore';
import { SqliteHistory } from './SqliteHistory';
import { parseJournalFault } from './journalFaults';
import { inlineSink, workerSink } from './journalSinks';
import { SqliteJournal, type SqliteJournalOptions } from './SqliteJournal';
import { SqliteLinkStore } from './SqliteLinkStore';
import { SqliteTokenStore } from './SqliteTokenStore';
import { SqliteTemplateStore } from './SqliteTemplateStore';
import { SqliteNotifications } from './SqliteNotifications';
import { mapInsertValues, toMapRecord, toStoredDoc, type MapRow } from './rows/mapRows';
import { prepareAll, type Prepared } from './sqliteStatements';
import { CREATE_SCHEMA, MIGRATIONS, PRAGMAS, SCHEMA_VERSION, SQL } from './sqliteSchema';

/** The default MapStore: one SQLite file (WAL, synchronous = FULL) holding every map. */
export class SqliteStore implements MapStore {
  readonly links: SqliteLinkStore;
  readonly tokens: SqliteTokenStore;
  readonly templates: SqliteTemplateStore;
  readonly notifications: SqliteNotifications;
  private readonly db: Database.Database;
  private readonly sql: Prepared<typeof SQL>;
  /** The statements an append runs, shared with the journal worker (`appendStatements.ts`). */
  private readonly appends: AppendStatements;
  private readonly history: SqliteHistory;
  private journalInstance: SqliteJournal | undefined;

  /** `file` is a path, or ':memory:' for unit tests. */
  constructor(
    file: string,
    private readonly journalOptions: SqliteJournalOptions = {},
  ) {
    if (file !== ':memory:') {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Created 0600 before SQLite opens it; SQLite gives its -wal and -shm files the same mode.
      if (!fs.existsSync(file)) fs.closeSync(fs.openSync(file, 'a', 0o600));
    }
    this.db = new Database(file);
    for (const pragma of PRAGMAS) this.db.pragma(pragma);
    this.upgradeSchema();
    this.sql = prepareAll(this.db, SQL);
    this.history = new SqliteHistory(this.db);
    this.appends = prepareAppend(this.db);
    this.links = new SqliteLinkStore(this.db);
    this.tokens = new SqliteTokenStore(this.db);
    this.templates = new SqliteTemplateStore(this.db);
    this.notifications = new SqliteNotifications(this.db);
  }

  static inDataDir(dataDir: string, journal: SqliteJournalOptions = {}): SqliteStore {
    return new SqliteStore(SqliteStore.fileIn(dataDir), journal);
  }

  static fileIn(dataDir: string): string {
    return path.join(dataDir, 'journey.sqlite');
  }

  listMaps(): MapRecord[] {
    return (this.sql.listMaps.all() as MapRow[]).map(toMapRecord);
  }

  listTrash(): MapRecord[] {
    return (this.sql.listTrash.all() as MapRow[]).map(toMapRecord);
  }

  getMap(id: string): MapRecord | undefined {
    const row = this.sql.getMap.get(id) as MapRow | undefined;
    return row && toMapRecord(row);
  }

  createMap(record: MapRecord, snapshot: Uint8Array): void {
    this.db.transaction(() => {
      this.sql.insertMap.run(...mapInsertValues(record));
      this.sql.upsertSnapshot.run(record.id, record.id, Buffer.from(snapshot));
    })();
  }

  loadDoc(docId: string): StoredDoc | undefined {
    const ref = parseDocId(docId);
    if (!ref) return undefined;
    // One read transaction so a concurrent compaction cannot drop updates between the reads.
    return this.db.transaction((): StoredDoc | undefined => {
      // A map in the trash is not loaded: nobody may open it until it is restored.
      const map = this.sql.getMap.get(ref.mapId) as MapRow | undefined;
      if (!map || map.deleted_at !== null) return undefined;
      const snap = this.sql.getSnapshot.get(docId) as { data: Buffer } | undefined;
      return toStoredDoc(snap, this.sql.listUpdates.all(docId) as Array<{ seq: number; data: Buffer }>);
    })();
  }

  /**
   * The group-commit write path (`SqliteJournal`): a worker thread with its own connection to this
   * file commits batches; an in-memory store commits on the main thread. Started on first use.
   * JOURNEY_TEST_FAULT (test only, `journalFaults.ts`) injects a power-cut fault into it.
   */
  get journal(): SqliteJournal {
    if (!this.journalInstance) {
      const fault = parseJournalFault(process.env.JOURNEY_TEST_FAULT);
      const file = this.db.name;
      const sink = file === ':memory:' ? inlineSink(this.db, fault) : workerSink(file, fault);
      this.journalInstance = new SqliteJournal(sink, this.journalOptions);
    }
    return this.journalInstance;
  }

  appendUpdate(docId: string, update: Uint8Array, touch?: MapTouch, author: string | null = null): number {
    const ref = requireDocRef(docId);
    return this.db.transaction(() => this.appends.append(ref, update, touch, author))();
  }

  compact(docId: string, snapshot: Uint8Array, throughSeq: number, touch?: MapTouch): void {
    const mapId = requireDocRef(docId).mapId;
    this.db.transaction(() => {
      this.sql.upsertSnapshot.run(docId, mapId, Buffer.from(snapshot));
      this.sql.deleteUpdatesThrough.run(docId, throughSeq);
      if (touch) this.appends.touch(mapId, touch);
    })();
  }

  deleteMap(id: string): boolean {
    // Both docs' snapshots and updates, the map's share links and its history go with it (ON DELETE CASCADE).
    return this.sql.deleteMap.run(id).changes > 0;
  }

  /** The map count (an index scan of a small table) and the database's used pages plus its WAL. */
  usage(): StoreUsage {
    const { n } = this.sql.countMaps.get() as { n: number };
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const free = this.db.pragma('freelist_count', { simple: true }) as number;
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    return { maps: n, bytes: (pages - free) * pageSize + walBytes(this.db.name) };
  }

  trashMap(id: string, at: number): boolean {
    return this.sql.trashMap.run(at, id).changes > 0;
  }

  restoreMap(id: string): boolean {
    return this.sql.restoreMap.run(id).changes > 0;
  }

  purgeTrash(before: number): string[] {
    return this.db.transaction(() => {
      const ids = (this.sql.trashedBefore.all(before) as Array<{ id: string }>).map((row) => row.id);
      for (const id of ids) this.sql.deleteMap.run(id);
      return ids;
    })();
  }

  /** Call `journal.close()` first (the server does): this only stops a journal nobody flushed. */
  close(): void {
    void this.journalInstance?.close();
    if (this.db.open) this.db.close();
  }

  // History (HistoryStore): SqliteHistory holds its statements; these only forward.
  insertVersion(version: Omit<VersionRecord, 'stateHash'>, states: VersionStates): VersionRecord {
    return this.history.insertVersion(version, states);
  }
  listVersions(mapId: string): VersionRecord[] {
    return this.history.listVersions(mapId);
  }
  getVersion(mapId: string, versionId: string): VersionRecord | undefined {
    return this.history.getVersion(mapId, versionId);
  }
  versionStates(mapId: string, versionId: string): VersionStates | undefined {
    return this.history.versionStates(mapId, versionId);
  }
  deleteVersions(mapId: string, versionIds: readonly string[]): number {
    return this.history.deleteVersions(mapId, versionIds);
  }
  listEdits(mapId: string, afterSeq: number): EditRecord[] {
    return this.history.listEdits(mapId, afterSeq);
  }
  lastEditSeq(mapId: string): number {
    return this.history.lastEditSeq(mapId);
  }
  recordDocClients(mapId: string, personId: string, clientIds: readonly number[], at: number): void {
    this.history.recordDocClients(mapId, personId, clientIds, at);
  }
  listDocClients(mapId: string): DocClient[] {
    return this.history.listDocClients(mapId);
  }
  pruneEdits(mapId: string, before: number): number {
    return this.history.pruneEdits(mapId, before);
  }

  /** Creates the schema in a new file, or migrates an older one step by step, in one transaction. */
  private upgradeSchema(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
    }
    if (version === SCHEMA_VERSION) return;
    this.db.transaction(() => {
      if (version === 0) this.db.exec(CREATE_SCHEMA);
      else for (let v = version + 1; v <= SCHEMA_VERSION; v++) this.db.exec(MIGRATIONS[v]!);
      this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  }
}

function walBytes(file: string): number {
  if (file === ':memory:') return 0;
  try {
    return fs.statSync(`${file}-wal`).size;
  } catch {
    return 0;
  }
}
