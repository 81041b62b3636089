import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildServer } from './testing/childServer';
import {
  createMap,
  stageIdsOf,
  startOwnRedis,
  startProcesses,
  stockClient,
  titlesIn,
  type OwnRedis,
  type StockClient,
} from './testing/clusterHarness';
import { haveEngines } from './testing/engines';
import { waitFor } from './testing/harness';
import { sharedStoreForTests, type SharedStore } from './testing/sharedStore';

/**
 * Issue 20: Redis is killed mid-session and started again on the same port. While it is down each
 * process keeps serving its own clients (edits are stored, local peers see them), and once it is
 * back the processes resubscribe and re-read the doc from the store: the edits made during the
 * outage reach the other process's clients, with no client reconnecting.
 */
describe.runIf(haveEngines('postgres', 'redis'))('Redis restarted mid-session', () => {
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
    });
  }, 60_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all(processes.map((p) => p.dispose()));
    await redis?.dispose();
    await store?.dispose();
  });

  it('keeps each process working during the outage and brings every edit everywhere after', async () => {
    const [a, b] = processes as [ChildServer, ChildServer];
    const mapId = await createMap(a.url);
    const [a1, a2, b1, b2] = [
      stockClient(a.wsBase, mapId, 'a1'),
      stockClient(a.wsBase, mapId, 'a2'),
      stockClient(b.wsBase, mapId, 'b1'),
      stockClient(b.wsBase, mapId, 'b2'),
    ] as const;
    clients.push(a1, a2, b1, b2);
    const output = () => processes.map((p, i) => `--- process ${i} ---\n${p.output}`).join('\n');
    const until = (cond: () => boolean, label: string) =>
      waitFor(cond, 15_000, label).catch((err: Error) => {
        throw new Error(`${err.message}\n${output()}`);
      });
    await until(() => clients.every((c) => c.provider.synced), 'synced');
    const [stage] = stageIdsOf(a1.doc);
    const before = [a1.write(stage!), b1.write(stage!)];
    await until(
      () => clients.every((c) => before.every((t) => titlesIn(c.doc).includes(t))),
      'relayed before',
    );

    await redis.kill();
    await until(() => processes.every((p) => p.output.includes('relay.down')), 'both processes saw Redis go');
    const duringA = [a1.write(stage!), a2.write(stage!)];
    const duringB = [b1.write(stage!), b2.write(stage!)];
    // Local peers keep working: each process stores and broadcasts its own clients' edits.
    await until(() => [a1, a2].every((c) => duringA.every((t) => titlesIn(c.doc).includes(t))), 'A serves A');
    await until(() => [b1, b2].every((c) => duringB.every((t) => titlesIn(c.doc).includes(t))), 'B serves B');
    const stored = titlesIn(store.readStored(mapId)!);
    expect(
      [...duringA, ...duringB].filter((t) => !stored.includes(t)),
      'stored during the outage',
    ).toEqual([]);
    // Nothing crossed: the outage is real.
    expect(duringA.some((t) => titlesIn(b1.doc).includes(t))).toBe(false);

    await redis.start();
    await until(() => processes.every((p) => p.output.includes('relay.up')), 'both processes back on Redis');
    const all = [...before, ...duringA, ...duringB];
    await until(
      () => clients.every((c) => all.every((t) => titlesIn(c.doc).includes(t))),
      'outage edits everywhere',
    );

    // And the relay works again for new edits.
    const after = b2.write(stage!);
    await until(() => titlesIn(a1.doc).includes(after), 'relayed after');
    expect(clients.flatMap((c) => c.closeCodes)).toEqual([]);
  }, 60_000);
});
