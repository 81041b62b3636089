import { describe, expect, it } from 'vitest';
import type { ChildServer } from './testing/childServer';
import { createMap, stageIdsOf, startOwnRedis, titlesIn, type OwnRedis } from './testing/clusterHarness';
import { useCluster } from './testing/clusterSuite';
import { haveEngines } from './testing/engines';

/**
 * Issue 20: Redis is killed mid-session and started again on the same port. While it is down each
 * process keeps serving its own clients (edits are stored, local peers see them), and once it is
 * back the processes resubscribe and re-read the doc from the store: the edits made during the
 * outage reach the other process's clients, with no client reconnecting.
 */
describe.runIf(haveEngines('postgres', 'redis'))('Redis restarted mid-session', () => {
  let redis: OwnRedis;
  const cluster = useCluster({
    processes: 2,
    // A redis-server of the test's own, which it kills and starts again.
    redisUrl: async (scope) => {
      redis = scope.defer(await startOwnRedis(), (r) => r.dispose());
      return redis.url;
    },
  });

  it('keeps each process working during the outage and brings every edit everywhere after', async () => {
    const { processes, clients } = cluster;
    const [a, b] = processes as [ChildServer, ChildServer];
    const mapId = await createMap(a.url);
    const [a1, a2, b1, b2] = [
      cluster.client(a.wsBase, mapId, 'a1'),
      cluster.client(a.wsBase, mapId, 'a2'),
      cluster.client(b.wsBase, mapId, 'b1'),
      cluster.client(b.wsBase, mapId, 'b2'),
    ] as const;
    const until = (cond: () => boolean, label: string) => cluster.until(cond, label, 15_000);
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
    const stored = titlesIn(cluster.store.readStored(mapId)!);
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
