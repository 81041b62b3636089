import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiTokenRecord } from './ApiTokenStore';
import { SqliteStore } from './SqliteStore';

function token(id: string, mapId: string, createdAt: number): ApiTokenRecord {
  return {
    id,
    mapId,
    label: `token ${id}`,
    tokenHash: 'f'.repeat(64),
    createdBy: 'p_ann',
    createdAt,
    lastUsedAt: null,
    revokedAt: null,
  };
}

describe('SqliteStore metrics API tokens (schema v5)', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-tokens-'));
    store = SqliteStore.inDataDir(dir);
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    }
  });
  afterEach(async () => {
    store.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('lists a map’s tokens newest first, revokes once and records use', () => {
    store.tokens.createToken(token('a', 'm', 1));
    store.tokens.createToken(token('b', 'm', 2));
    store.tokens.createToken(token('c', 'other', 3));
    expect(store.tokens.listTokens('m').map((t) => t.id)).toEqual(['b', 'a']);
    expect(store.tokens.revokeToken('m', 'a', 10)).toBe(true);
    expect(store.tokens.revokeToken('m', 'a', 20)).toBe(true);
    expect(store.tokens.getToken('a')!.revokedAt).toBe(10);
    // Another map's token is not this map's to revoke.
    expect(store.tokens.revokeToken('m', 'c', 10)).toBe(false);
    expect(store.tokens.getToken('c')!.revokedAt).toBeNull();
    store.tokens.touchToken('b', 42);
    expect(store.tokens.getToken('b')).toEqual({ ...token('b', 'm', 2), lastUsedAt: 42 });
  });

  it('deletes a map’s tokens with the map', () => {
    store.tokens.createToken(token('a', 'm', 1));
    expect(store.deleteMap('m')).toBe(true);
    expect(store.tokens.getToken('a')).toBeUndefined();
  });

  it('migrates a version 4 database to 5 (and on), keeping its maps', () => {
    store.close();
    const v4 = new Database(SqliteStore.fileIn(dir));
    v4.exec('DROP TABLE api_tokens;');
    // Later versions' tables (the inbox, v6) go too: a v4 file has none of them.
    v4.exec('DROP TABLE notifications; DROP TABLE notification_settings;');
    v4.pragma('user_version = 4');
    v4.close();
    store = SqliteStore.inDataDir(dir);
    expect(
      store
        .listMaps()
        .map((m) => m.id)
        .sort(),
    ).toEqual(['m', 'other']);
    store.tokens.createToken(token('a', 'm', 1));
    expect(store.tokens.listTokens('m')).toHaveLength(1);
  });
});
