import { describe, expect, it } from 'vitest';
import { listedIds, useMigrationStore } from './testing/migrationStore';
import { EMPTY, note, notificationStoreSuite } from './testing/notificationStoreSuite';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore notifications (schema v5)', () => {
  notificationStoreSuite(sqliteFixture());
});

describe('SqliteStore notifications migration', () => {
  const migration = useMigrationStore((store) => {
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 0, updatedAt: 0, owner: null }, EMPTY);
    }
  });

  it('migrates a version 4 database to 5, keeping its maps', () => {
    const store = migration.reopenFrom(4, 'DROP TABLE notifications; DROP TABLE notification_settings;');
    expect(listedIds(store)).toEqual(['m', 'other']);
    store.notifications.add([note('n1', 'p_a')]);
    expect(store.notifications.unreadCount('p_a')).toBe(1);
  });
});
