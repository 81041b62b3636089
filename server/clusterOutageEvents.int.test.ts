import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildServer } from './testing/childServer';
import {
  createMap,
  startOwnRedis,
  startProcesses,
  stockClient,
  type OwnRedis,
  type StockClient,
} from './testing/clusterHarness';
import { haveEngines } from './testing/engines';
import { waitFor } from './testing/harness';
import { sharedStoreForTests, type SharedStore } from './testing/sharedStore';

/**
 * Issue 20: a link revoked and a map trashed on A while Redis is down never reach B as events (the
 * relay keeps nothing). Once Redis is back, B re-reads what they would have told it from the shared
 * store: the revoked link's socket on B closes with 4401 and the trashed map's with 4404, as when
 * Redis was up; the sockets nothing happened to stay open.
 */
const ADMIN = 'cluster-admin-token-outage-events-0123456789';

describe.runIf(haveEngines('postgres', 'redis'))('cluster events missed during a Redis outage', () => {
  let store: SharedStore;
  let redis: OwnRedis;
  let processes: ChildServer[] = [];
  const clients: StockClient[] = [];

  beforeAll(async () => {
    store = await sharedStoreForTests();
    redis = await startOwnRedis();
    processes = await startProcesses(2, {
      ...store.env,
      JOURNEY_REDIS_URL: redis.url,
      JOURNEY_ACCESS: 'locked',
      JOURNEY_ADMIN_TOKEN: ADMIN,
    });
  }, 60_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all(processes.map((p) => p.dispose()));
    await redis?.dispose();
    await store?.dispose();
  });

  it('closes on B, once Redis is back, what A revoked or trashed while it was down', async () => {
    const [a, b] = processes as [ChildServer, ChildServer];
    const admin = { Authorization: `Bearer ${ADMIN}` };
    const kept = await createMap(a.url, admin);
    const trashed = await createMap(a.url, admin);
    const mint = async (mapId: string, role: string) => {
      const res = await fetch(`${a.url}/api/maps/${mapId}/links`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ role }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { link: { id: string; token: string } }).link;
    };
    const viewerLink = await mint(kept, 'viewer');
    const editorLink = await mint(kept, 'editor');
    const trashedLink = await mint(trashed, 'editor');
    const output = () => processes.map((p, i) => `--- process ${i} ---\n${p.output}`).join('\n');
    const until = (cond: () => boolean, label: string) =>
      waitFor(cond, 20_000, label).catch((err: Error) => {
        throw new Error(`${err.message}\n${output()}`);
      });

    const viewerOnB = stockClient(b.wsBase, kept, 'viewerB', { token: viewerLink.token });
    const editorOnB = stockClient(b.wsBase, kept, 'editorB', { token: editorLink.token });
    const trashedOnB = stockClient(b.wsBase, trashed, 'trashedB', { token: trashedLink.token });
    clients.push(viewerOnB, editorOnB, trashedOnB);
    await until(() => clients.every((c) => c.provider.synced), 'synced');

    await redis.kill();
    await until(() => processes.every((p) => p.output.includes('relay.down')), 'both processes saw Redis go');
    const revoked = await fetch(`${a.url}/api/maps/${kept}/links/${viewerLink.id}`, {
      method: 'DELETE',
      headers: admin,
    });
    expect(revoked.status).toBe(204);
    const deleted = await fetch(`${a.url}/api/maps/${trashed}`, { method: 'DELETE', headers: admin });
    expect(deleted.status).toBe(204);
    // Nothing crossed: B still serves both sockets.
    expect(clients.flatMap((c) => c.closeCodes)).toEqual([]);

    await redis.start();
    await until(() => viewerOnB.closeCodes.includes(4401), 'revoked link closed on B');
    await until(() => trashedOnB.closeCodes.includes(4404), 'trashed map closed on B');
    // The stock client would retry with its revoked token or for its deleted map: it stops here.
    viewerOnB.provider.disconnect();
    trashedOnB.provider.disconnect();
    expect(editorOnB.closeCodes).toEqual([]);
    expect(editorOnB.provider.wsconnected).toBe(true);
  }, 90_000);
});
