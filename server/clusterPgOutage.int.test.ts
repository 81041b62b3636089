import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildServer } from './testing/childServer';
import {
  createMap,
  stageIdsOf,
  startProcesses,
  stockClient,
  titlesIn,
  type StockClient,
} from './testing/clusterHarness';
import { haveEngines, TEST_DATABASE_URL, TEST_REDIS_URL } from './testing/engines';
import { waitFor } from './testing/harness';
import { freshPostgres, type SharedStore } from './testing/sharedStore';
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
  let store: SharedStore;
  let proxy: TcpBalancer;
  let pgPort: number;
  let processes: ChildServer[] = [];
  const clients: StockClient[] = [];

  beforeAll(async () => {
    pgPort = Number(new URL(TEST_DATABASE_URL!).port);
    proxy = await TcpBalancer.listen([pgPort]);
    store = await freshPostgres(TEST_DATABASE_URL!, { proxyPort: proxy.port });
    processes = await startProcesses(2, {
      ...store.env,
      JOURNEY_REDIS_URL: TEST_REDIS_URL!,
      // A failed doc refuses sockets this long: short, so the test does not wait 30 s.
      JOURNEY_STORAGE_RETRY_MS: '1000',
    });
  }, 60_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all(processes.map((p) => p.dispose()));
    await proxy?.close();
    await store?.dispose();
  });

  it('refuses writes with 1013 and never passes them on, then works again once the database is back', async () => {
    const [a, b] = processes as [ChildServer, ChildServer];
    const mapId = await createMap(a.url);
    const [writer, sameProcess, otherProcess] = [
      stockClient(a.wsBase, mapId, 'writer'),
      stockClient(a.wsBase, mapId, 'same'),
      stockClient(b.wsBase, mapId, 'other'),
    ] as const;
    clients.push(writer, sameProcess, otherProcess);
    const output = () => processes.map((p, i) => `--- process ${i} ---\n${p.output}`).join('\n');
    const until = (cond: () => boolean, label: string, ms = 20_000) =>
      waitFor(cond, ms, label).catch((err: Error) => {
        const codes = clients.map((c) => `${c.name}: [${c.closeCodes.join(', ')}]`).join('; ');
        throw new Error(`${err.message}; close codes ${codes}\n${output()}`);
      });
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
    const stored = titlesIn(store.readStored(mapId)!);
    expect([before, refused, after].filter((t) => !stored.includes(t))).toEqual([]);
  }, 60_000);
});
