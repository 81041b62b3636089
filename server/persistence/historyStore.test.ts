import { describe, expect, it } from 'vitest';
import { EMPTY, historyStoreSuite, stateWith, version } from './testing/historyStoreSuite';
import { listedIds, useMigrationStore } from './testing/migrationStore';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore history (schema v4)', () => {
  historyStoreSuite(sqliteFixture());
});

describe('SqliteStore history migration', () => {
  const migration = useMigrationStore((store) => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.createMap({ id: 'other', title: 'O', createdAt: 1, updatedAt: 1 }, EMPTY);
  });

  it('migrates a version 3 database to 4, keeping its maps', () => {
    const store = migration.reopenFrom(
      3,
      'DROP TABLE versions; DROP TABLE version_states; DROP TABLE edits; DROP TABLE doc_clients;' +
        'DROP TABLE notifications; DROP TABLE notification_settings;',
    );
    expect(listedIds(store)).toEqual(['m', 'other']);
    store.appendUpdate('m', stateWith('after'), { updatedAt: 7 }, 'p_ann');
    expect(store.listEdits('m', 0)).toHaveLength(1);
    store.insertVersion(version('m', 'v1', 1), { map: EMPTY, comments: EMPTY });
    expect(store.listVersions('m')).toHaveLength(1);
  });
});
