import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { MapRecord, MapStore, MapTouch, StoredDoc } from './MapStore';
import { CREATE_SCHEMA, PRAGMAS, SCHEMA_VERSION, SQL } from './sqliteSchema';

interface MapRow {
  id: string;
  title: string;
  created_at: number;
  updated_at: number;
}

type Statements = { [K in keyof typeof SQL]: Database.Statement };

/** The default MapStore: one SQLite file (WAL, synchronous = FULL) holding every map. */
export class SqliteStore implements MapStore {
  private readonly db: Database.Database;
  private readonly sql: Statements;

  /** `file` is a path, or ':memory:' for unit tests. */
  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    for (const pragma of PRAGMAS) this.db.pragma(pragma);
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
    }
    this.db.exec(CREATE_SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.sql = Object.fromEntries(
      Object.entries(SQL).map(([name, text]) => [name, this.db.prepare(text)]),
    ) as Statements;
  }

  static inDataDir(dataDir: string): SqliteStore {
    return new SqliteStore(path.join(dataDir, 'journey.sqlite'));
  }

  listMaps(): MapRecord[] {
    return (this.sql.listMaps.all() as MapRow[]).map(toRecord);
  }

  getMap(id: string): MapRecord | undefined {
    const row = this.sql.getMap.get(id) as MapRow | undefined;
    return row && toRecord(row);
  }

  createMap(record: MapRecord, snapshot: Uint8Array): void {
    this.db.transaction(() => {
      this.sql.insertMap.run(record.id, record.title, record.createdAt, record.updatedAt);
      this.sql.upsertSnapshot.run(record.id, Buffer.from(snapshot));
    })();
  }

  loadDoc(id: string): StoredDoc | undefined {
    // One read transaction so a concurrent compaction cannot drop updates between the two reads.
    return this.db.transaction((): StoredDoc | undefined => {
      const snap = this.sql.getSnapshot.get(id) as { data: Buffer } | undefined;
      if (!snap) return undefined;
      const rows = this.sql.listUpdates.all(id) as Array<{ seq: number; data: Buffer }>;
      return {
        snapshot: new Uint8Array(snap.data),
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: rows.at(-1)?.seq ?? 0,
      };
    })();
  }

  appendUpdate(id: string, update: Uint8Array, touch: MapTouch): number {
    return this.db.transaction(() => {
      const info = this.sql.insertUpdate.run(id, Buffer.from(update), touch.updatedAt);
      this.touch(id, touch);
      return Number(info.lastInsertRowid);
    })();
  }

  compact(id: string, snapshot: Uint8Array, throughSeq: number, touch?: MapTouch): void {
    this.db.transaction(() => {
      this.sql.upsertSnapshot.run(id, Buffer.from(snapshot));
      this.sql.deleteUpdatesThrough.run(id, throughSeq);
      if (touch) this.touch(id, touch);
    })();
  }

  deleteMap(id: string): boolean {
    // Snapshot and updates go with it (ON DELETE CASCADE).
    return this.sql.deleteMap.run(id).changes > 0;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private touch(id: string, touch: MapTouch): void {
    if (touch.title === undefined) this.sql.touchMap.run(touch.updatedAt, id);
    else this.sql.touchMapTitle.run(touch.updatedAt, touch.title, id);
  }
}

function toRecord(row: MapRow): MapRecord {
  return { id: row.id, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}
