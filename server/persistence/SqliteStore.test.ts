import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { mapStoreSuite } from './testing/mapStoreSuite';
import { useMigrationStore } from './testing/migrationStore';
import { sqliteFixture } from './testing/sqliteFixture';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', text);
  return doc;
}

describe('SqliteStore', () => {
  mapStoreSuite(sqliteFixture());
});

describe('SqliteStore migrations', () => {
  const migration = useMigrationStore();

  it('migrates a version 1 database, keeping every map, snapshot and logged update', () => {
    const file = path.join(migration.dir, 'v1.sqlite');
    const v1 = new Database(file);
    v1.exec(V1_SCHEMA);
    v1.pragma('user_version = 1');
    v1.prepare('INSERT INTO maps VALUES (?, ?, ?, ?)').run('m', 'Old', 1, 2);
    v1.prepare('INSERT INTO snapshots VALUES (?, ?)').run(
      'm',
      Buffer.from(Y.encodeStateAsUpdate(docWith('Old'))),
    );
    const later = Buffer.from(Y.encodeStateAsUpdate(docWith('Later')));
    v1.prepare('INSERT INTO updates (seq, map_id, data, created_at) VALUES (?, ?, ?, ?)').run(
      7,
      'm',
      later,
      2,
    );
    v1.close();

    let store = migration.open(file);
    const stored = store.loadDoc('m')!;
    expect(stored.lastSeq).toBe(7);
    expect(stored.updates).toHaveLength(1);
    expect(store.listMaps()).toEqual([
      { id: 'm', title: 'Old', createdAt: 1, updatedAt: 2, owner: null, deletedAt: null },
    ]);
    // Sequence numbers keep growing past the migrated ones.
    expect(store.appendUpdate('m', Y.encodeStateAsUpdate(docWith('New')), { updatedAt: 3 })).toBeGreaterThan(
      7,
    );
    expect(store.loadDoc('m/comments')!.updates).toEqual([]);
    store = migration.open(file);
    expect(store.loadDoc('m')!.updates).toHaveLength(2);
  });
});

/** The schema as the first release created it (fixture for the migration test). */
const V1_SCHEMA = `
CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE snapshots (map_id TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL);
CREATE TABLE updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data BLOB NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX updates_by_map ON updates(map_id, seq);
`;
