import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SqliteStore } from './SqliteStore';
import { token, tokenStoreSuite } from './testing/tokenStoreSuite';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore metrics API tokens (schema v5)', () => {
  tokenStoreSuite(sqliteFixture());
});

describe('SqliteStore metrics API tokens migration', () => {
  const fixture = sqliteFixture();
  let store: SqliteStore;

  beforeEach(async () => {
    store = (await fixture.open()) as SqliteStore;
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    }
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('migrates a version 4 database to 5 (and on), keeping its maps', () => {
    store.close();
    const v4 = new Database(SqliteStore.fileIn(fixture.dir()));
    v4.exec('DROP TABLE api_tokens;');
    // Later versions' tables (the inbox, v6) go too: a v4 file has none of them.
    v4.exec('DROP TABLE notifications; DROP TABLE notification_settings;');
    v4.pragma('user_version = 4');
    v4.close();
    store = SqliteStore.inDataDir(fixture.dir());
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
