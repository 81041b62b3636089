import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from './SqliteStore';
import { EMPTY, note, notificationStoreSuite } from './testing/notificationStoreSuite';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore notifications (schema v5)', () => {
  notificationStoreSuite(sqliteFixture());
});

describe('SqliteStore notifications migration', () => {
  const fixture = sqliteFixture();
  let store: SqliteStore;

  beforeEach(async () => {
    store = (await fixture.open()) as SqliteStore;
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 0, updatedAt: 0, owner: null }, EMPTY);
    }
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('migrates a version 4 database to 5, keeping its maps', () => {
    store.close();
    const v4 = new Database(SqliteStore.fileIn(fixture.dir()));
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
    store.notifications.add([note('n1', 'p_a')]);
    expect(store.notifications.unreadCount('p_a')).toBe(1);
  });
});
