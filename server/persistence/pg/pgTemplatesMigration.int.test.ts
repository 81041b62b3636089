import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { haveEngines } from '../../testing/engines';
import { createTestDatabase, type TestDatabase } from '../../testing/testDatabase';
import { savedTemplate } from '../testing/templateStoreSuite';
import { PgStore } from './PgStore';
import { PG_SCHEMA_VERSION } from './pgSchema';

/** A version-1 database (before saved templates) is upgraded to 2 on open, keeping its maps. */
describe.runIf(haveEngines('postgres'))('PgStore schema 1 → 2 (saved templates)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('adds the templates table and keeps the maps', async () => {
    const first = new PgStore(database.url);
    first.createMap({ id: 'm', title: 'm', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    first.close();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query('DROP TABLE templates; UPDATE schema_version SET version = 1');
    } finally {
      await client.end();
    }
    const upgraded = new PgStore(database.url);
    try {
      expect(upgraded.listMaps().map((m) => m.id)).toEqual(['m']);
      expect(upgraded.templates.addTemplate(savedTemplate('a', 1), 10)).toBe(true);
      expect(upgraded.templates.listTemplates().map((t) => t.id)).toEqual(['a']);
    } finally {
      upgraded.close();
    }
    expect(PG_SCHEMA_VERSION).toBe(2);
  });
});
