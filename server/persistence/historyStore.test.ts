import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './SqliteStore';
import { EMPTY, historyStoreSuite, stateWith, version } from './testing/historyStoreSuite';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore history (schema v4)', () => {
  historyStoreSuite(sqliteFixture());
});

describe('SqliteStore history migration', () => {
  const fixture = sqliteFixture();
  let store: SqliteStore;

  beforeEach(async () => {
    store = (await fixture.open()) as SqliteStore;
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.createMap({ id: 'other', title: 'O', createdAt: 1, updatedAt: 1 }, EMPTY);
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('migrates a version 3 database to 4, keeping its maps', () => {
    store.close();
    const v3 = new Database(SqliteStore.fileIn(fixture.dir()));
    v3.exec('DROP TABLE versions; DROP TABLE version_states; DROP TABLE edits; DROP TABLE doc_clients;');
    v3.exec('DROP TABLE notifications; DROP TABLE notification_settings;');
    v3.pragma('user_version = 3');
    v3.close();
    store = SqliteStore.inDataDir(fixture.dir());
    expect(
      store
        .listMaps()
        .map((m) => m.id)
        .sort(),
    ).toEqual(['m', 'other']);
    store.appendUpdate('m', stateWith('after'), { updatedAt: 7 }, 'p_ann');
    expect(store.listEdits('m', 0)).toHaveLength(1);
    store.insertVersion(version('m', 'v1', 1), { map: EMPTY, comments: EMPTY });
    expect(store.listVersions('m')).toHaveLength(1);
  });
});
