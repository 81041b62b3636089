import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { listedIds, useMigrationStore } from './testing/migrationStore';
import { savedTemplate, templateStoreSuite } from './testing/templateStoreSuite';
import { sqliteFixture } from './testing/sqliteFixture';

describe('SqliteStore saved templates (schema v7)', () => {
  templateStoreSuite(sqliteFixture());
});

describe('SqliteStore saved templates migration', () => {
  const migration = useMigrationStore((store) => {
    store.createMap({ id: 'm', title: 'm', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it('migrates a version 6 database to 7, keeping its maps', () => {
    const store = migration.reopenFrom(6, 'DROP TABLE templates;');
    expect(listedIds(store)).toEqual(['m']);
    expect(store.templates.addTemplate(savedTemplate('a', 1), 10)).toBe(true);
    expect(store.templates.listTemplates()).toHaveLength(1);
  });
});
