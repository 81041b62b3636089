import { describe, expect, it } from 'vitest';
import type { ChildServer } from './testing/childServer';
import { createMap, stageIdsOf, titlesIn } from './testing/clusterHarness';
import { useCluster } from './testing/clusterSuite';
import { haveEngines, TEST_DATABASE_URL } from './testing/engines';
import { freshPostgres } from './testing/sharedStore';
import { TcpBalancer } from './testing/tcpBalancer';

/**
 * Issue 20: PostgreSQL becomes unreachable (the processes reach it through a TCP proxy that the
 * test cuts). A write made then is refused: the writer's process closes the map's sockets with
 * 1013 ("storage unavailable, retry"), and nobody — on that process or another — ever receives it,
 * since an update is broadcast and relayed only once it is stored. Once the database is back, the
 * writer reconnects and re-sends it, and the map works again everywhere.
 */
const TRY_AGAIN_LATER = 1013;

describe.runIf(haveEngines('postgres', 'redis'))('PostgreSQL unavailable', () => {
  let proxy: TcpBalancer;
  let pgPort: number;
  const cluster = useCluster({
    processes: 2,
    // A failed doc refuses sockets this long: short, so the test does not wait 30 s.
    env: { JOURNEY_STORAGE_RETRY_MS: '1000' },
    // The processes reach the database through a proxy the test cuts.
    store: async (scope) => {
      pgPort = Number(new URL(TEST_DATABASE_URL!).port);
      proxy = scope.defer(await TcpBalancer.listen([pgPort]), (p) => p.close());
      return freshPostgres(TEST_DATABASE_URL!, { proxyPort: proxy.port });
    },
  });

  it('refuses writes with 1013 and never passes them on, then works again once the database is back', async () => {
    const { clients, until } = cluster;
    const [a, b] = cluster.processes as [ChildServer, ChildServer];
    const mapId = await createMap(a.url);
    const [writer, sameProcess, otherProcess] = [
      cluster.client(a.wsBase, mapId, 'writer'),
      cluster.client(a.wsBase, mapId, 'same'),
      cluster.client(b.wsBase, mapId, 'other'),
    ] as const;
    await until(() => clients.every((c) => c.provider.synced), 'synced');
    const [stage] = stageIdsOf(writer.doc);
    const before = writer.write(stage!);
    await until(() => clients.every((c) => titlesIn(c.doc).includes(before)), 'relayed before');

    proxy.remove(pgPort);
    const refused = writer.write(stage!);
    await until(
      () => writer.closeCodes.includes(TRY_AGAIN_LATER) && sameProcess.closeCodes.includes(TRY_AGAIN_LATER),
      'the writer’s process closed the map with 1013',
    );
    // The close came after anything the process had sent on those sockets: the write was not among it.
    expect(titlesIn(sameProcess.doc)).not.toContain(refused);
    expect(titlesIn(otherProcess.doc)).not.toContain(refused);
    expect(writer.closeCodes.filter((code) => code >= 4400)).toEqual([]);

    proxy.add(pgPort);
    await until(
      () => clients.every((c) => titlesIn(c.doc).includes(refused)),
      're-sent and relayed once back',
    );
    const after = otherProcess.write(stage!);
    await until(() => clients.every((c) => titlesIn(c.doc).includes(after)), 'the map works again');
    const stored = titlesIn(cluster.store.readStored(mapId)!);
    expect([before, refused, after].filter((t) => !stored.includes(t))).toEqual([]);
  }, 60_000);
});
