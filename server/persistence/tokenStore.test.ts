import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listedIds, useMigrationStore } from './testing/migrationStore';
import { token, tokenStoreSuite } from './testing/tokenStoreSuite';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore metrics API tokens (schema v5)', () => {
  tokenStoreSuite(sqliteFixture());
});

describe('SqliteStore metrics API tokens migration', () => {
  const migration = useMigrationStore((store) => {
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    }
  });

  it('migrates a version 4 database to 5 (and on), keeping its maps', () => {
    const store = migration.reopenFrom(
      4,
      // Later versions' tables (the inbox, v6) go too: a v4 file has none of them.
      'DROP TABLE api_tokens; DROP TABLE notifications; DROP TABLE notification_settings;',
    );
    expect(listedIds(store)).toEqual(['m', 'other']);
    store.tokens.createToken(token('a', 'm', 1));
    expect(store.tokens.listTokens('m')).toHaveLength(1);
  });
});
