import { afterAll, beforeAll, describe } from 'vitest';
import { haveEngines, TEST_DATABASE_URL } from '../../testing/engines';
import { governanceStoreSuite } from '../testing/governanceStoreSuite';
import { historyStoreSuite } from '../testing/historyStoreSuite';
import { mapStoreSuite } from '../testing/mapStoreSuite';
import { notificationStoreSuite } from '../testing/notificationStoreSuite';
import { pgFixture } from '../testing/pgFixture';
import { templateStoreSuite } from '../testing/templateStoreSuite';
import { tokenStoreSuite } from '../testing/tokenStoreSuite';

/** The storage suites the unit project runs on SQLite, here on PostgreSQL (issue 20). */
describe.runIf(haveEngines('postgres'))('PgStore: the storage suites', () => {
  const fixture = pgFixture(TEST_DATABASE_URL ?? '');
  beforeAll(() => fixture.setup());
  afterAll(() => fixture.teardown());

  describe('maps and docs', () => mapStoreSuite(fixture));
  describe('history', () => historyStoreSuite(fixture));
  describe('governance', () => governanceStoreSuite(fixture));
  describe('metrics API tokens', () => tokenStoreSuite(fixture));
  describe('notifications', () => notificationStoreSuite(fixture));
  describe('saved templates', () => templateStoreSuite(fixture));
});
