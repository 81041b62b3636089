import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { EMPTY, governanceStoreSuite } from './testing/governanceStoreSuite';
import { useMigrationStore } from './testing/migrationStore';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore governance (schema 3): owners, trash, minted links', () => {
  governanceStoreSuite(sqliteFixture());
});

describe('SqliteStore governance migration', () => {
  const migration = useMigrationStore();

  it('migrates a version 2 database: maps become ownerless and live, links keep working', () => {
    const file = path.join(migration.dir, 'v2.sqlite');
    const v2 = new Database(file);
    v2.exec(V2_SCHEMA);
    v2.pragma('user_version = 2');
    v2.prepare('INSERT INTO maps VALUES (?, ?, ?, ?)').run('m', 'Old', 1, 2);
    v2.prepare('INSERT INTO snapshots VALUES (?, ?, ?)').run('m', 'm', Buffer.from(EMPTY));
    v2.prepare('INSERT INTO share_links VALUES (?, ?, ?, ?, ?, ?)').run('l1', 'm', 'viewer', 1, null, null);
    v2.close();

    let store = migration.open(file);
    expect(store.listMaps()).toEqual([
      { id: 'm', title: 'Old', createdAt: 1, updatedAt: 2, owner: null, deletedAt: null },
    ]);
    expect(store.links.getLink('l1')).toMatchObject({ createdBy: null, mintedByLink: null, name: null });
    expect(store.loadDoc('m')).toBeDefined();
    expect(store.trashMap('m', 5)).toBe(true);
    store = migration.open(file);
    expect(store.getMap('m')?.deletedAt).toBe(5);
  });
});

/** The schema as version 2 left it (fixture for the migration test). */
const V2_SCHEMA = `
CREATE TABLE maps (id TEXT PRIMARY KEY, title TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE snapshots (
  doc_id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL
);
CREATE TABLE updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, doc_id TEXT NOT NULL,
  map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE, data BLOB NOT NULL, created_at INTEGER NOT NULL
);
CREATE TABLE share_links (
  id TEXT PRIMARY KEY, map_id TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('editor', 'commenter', 'viewer')),
  created_at INTEGER NOT NULL, expires_at INTEGER, revoked_at INTEGER
);
`;
