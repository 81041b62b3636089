import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ShareLink } from './ShareLinkStore';
import { SqliteStore } from './SqliteStore';

const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

function link(id: string, mintedByLink: string | null = null): ShareLink {
  return { id, mapId: 'm', role: 'editor', createdAt: 1, expiresAt: null, revokedAt: null, mintedByLink };
}

describe('SqliteStore governance (schema 3): owners, trash, minted links', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-gov-'));
    store = SqliteStore.inDataDir(dir);
  });
  afterEach(async () => {
    store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('records the owner; the trash hides a map and its doc until it is restored', () => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1, owner: 'p_alice' }, EMPTY);
    store.createMap({ id: 'n', title: 'N', createdAt: 1, updatedAt: 2 }, EMPTY);
    expect(store.getMap('m')).toMatchObject({ owner: 'p_alice', deletedAt: null });
    expect(store.getMap('n')?.owner).toBeNull();

    expect(store.trashMap('m', 100)).toBe(true);
    expect(store.trashMap('m', 200)).toBe(false);
    expect(store.listMaps().map((m) => m.id)).toEqual(['n']);
    expect(store.listTrash()).toEqual([expect.objectContaining({ id: 'm', deletedAt: 100 })]);
    expect(store.loadDoc('m')).toBeUndefined();
    expect(store.loadDoc('m/comments')).toBeUndefined();

    expect(store.restoreMap('m')).toBe(true);
    expect(store.restoreMap('m')).toBe(false);
    expect(store.listTrash()).toEqual([]);
    expect(store.loadDoc('m')).toBeDefined();
  });

  it('purges only maps trashed at or before the cut-off, with their links', () => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.createMap({ id: 'n', title: 'N', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.links.createLink(link('l1'));
    store.trashMap('m', 100);
    store.trashMap('n', 300);
    expect(store.purgeTrash(99)).toEqual([]);
    expect(store.purgeTrash(200)).toEqual(['m']);
    expect(store.getMap('m')).toBeUndefined();
    expect(store.links.getLink('l1')).toBeUndefined();
    expect(store.listTrash().map((m) => m.id)).toEqual(['n']);
  });

  it('revoking a link revokes what was minted through it, at any depth, and nothing else', () => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.links.createLink({ ...link('root'), createdBy: 'p_host', name: 'Exec team, read-only' });
    store.links.createLink(link('child', 'root'));
    store.links.createLink(link('grandchild', 'child'));
    store.links.createLink(link('sibling'));
    store.links.revokeLink('m', 'grandchild', 5);
    expect(store.links.getLink('root')).toMatchObject({ createdBy: 'p_host', name: 'Exec team, read-only' });
    expect(store.links.revokeLink('m', 'root', 10).sort()).toEqual(['child', 'grandchild', 'root']);
    expect(store.links.getLink('child')?.revokedAt).toBe(10);
    // Revoked earlier: keeps its first time.
    expect(store.links.getLink('grandchild')?.revokedAt).toBe(5);
    expect(store.links.getLink('sibling')?.revokedAt).toBeNull();
  });

  it('migrates a version 2 database: maps become ownerless and live, links keep working', () => {
    store.close();
    const file = path.join(dir, 'v2.sqlite');
    const v2 = new Database(file);
    v2.exec(V2_SCHEMA);
    v2.pragma('user_version = 2');
    v2.prepare('INSERT INTO maps VALUES (?, ?, ?, ?)').run('m', 'Old', 1, 2);
    v2.prepare('INSERT INTO snapshots VALUES (?, ?, ?)').run('m', 'm', Buffer.from(EMPTY));
    v2.prepare('INSERT INTO share_links VALUES (?, ?, ?, ?, ?, ?)').run('l1', 'm', 'viewer', 1, null, null);
    v2.close();

    store = new SqliteStore(file);
    expect(store.listMaps()).toEqual([
      { id: 'm', title: 'Old', createdAt: 1, updatedAt: 2, owner: null, deletedAt: null },
    ]);
    expect(store.links.getLink('l1')).toMatchObject({ createdBy: null, mintedByLink: null, name: null });
    expect(store.loadDoc('m')).toBeDefined();
    expect(store.trashMap('m', 5)).toBe(true);
    store.close();
    store = new SqliteStore(file);
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
