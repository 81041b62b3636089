import { beforeAll, describe, expect, it } from 'vitest';
import type { ChildServer } from './testing/childServer';
import { createMap, stageIdsOf, titlesIn } from './testing/clusterHarness';
import { useCluster } from './testing/clusterSuite';
import { haveEngines } from './testing/engines';
import { TcpBalancer } from './testing/tcpBalancer';

/**
 * Issue 20: one of three processes is killed with SIGKILL while nine stock clients, spread over
 * all three by a TCP balancer, keep editing one map.
 *
 * 1. Whatever any client received is in the store right after the kill: a process broadcasts an
 *    update (to its sockets, or through Redis to the others) only once it is durable. The store is
 *    read while the balancer holds the dead process's clients back: once they reconnect they re-send
 *    their edits, which would hide one that the store lost.
 * 2. Then the balancer lets them through to the two live processes: they resync there, and every
 *    edit anybody made ends up stored exactly once and in every client.
 */
const PROCESSES = 3;
const CLIENTS = 9;
const WRITE_GAP_MS = 40;

describe.runIf(haveEngines('postgres', 'redis'))('kill -9 of one process of three', () => {
  const cluster = useCluster({
    processes: PROCESSES,
    // Low, so that compaction (snapshot + deleting the folded log) runs during the test.
    env: { JOURNEY_COMPACT_EVERY: '30' },
  });
  let balancer: TcpBalancer | undefined;

  beforeAll(async () => {
    const listening = await TcpBalancer.listen(cluster.processes.map((p) => p.port));
    balancer = cluster.defer(listening, (b) => b.close());
  });

  it('loses nothing any client received, and the dead process’s clients resync through another', async () => {
    const { clients, until } = cluster;
    const lb = balancer!;
    const [victim] = cluster.processes as [ChildServer, ...ChildServer[]];
    const mapId = await createMap(victim.url);
    for (let i = 0; i < CLIENTS; i++) cluster.client(`ws://127.0.0.1:${lb.port}/ws`, mapId, `c${i}`);
    await until(() => clients.every((c) => c.provider.synced), 'every client synced');
    expect(lb.connectionsTo(victim.port)).toBe(CLIENTS / PROCESSES);
    const stages = stageIdsOf(clients[0]!.doc);
    clients.forEach((c, i) => c.start(stages[i % stages.length]!, WRITE_GAP_MS));

    // Edits flow through every process before the kill: each client has others' edits.
    await until(
      () => clients.every((c) => titlesIn(c.doc).filter((t) => !t.startsWith(`${c.name}:`)).length >= 20),
      'edits relayed',
    );
    lb.hold();
    await victim.crash();
    lb.remove(victim.port);
    await until(
      () => clients.filter((c) => !c.provider.wsconnected).length === CLIENTS / PROCESSES,
      'victim’s clients cut',
    );
    const received = new Set(
      clients.flatMap((c) => titlesIn(c.doc).filter((t) => !t.startsWith(`${c.name}:`))),
    );
    const stored = new Set(titlesIn(cluster.store.readStored(mapId)!));
    expect(
      [...received].filter((t) => !stored.has(t)),
      'received by a client, missing in the store',
    ).toEqual([]);

    lb.release();
    await until(() => clients.every((c) => c.provider.synced && c.provider.wsconnected), 'clients back');
    await new Promise((r) => setTimeout(r, 200));
    for (const c of clients) c.stop();
    const made = clients.flatMap((c) => c.made).sort();
    await until(
      () => clients.every((c) => titlesIn(c.doc).length === made.length),
      'every client has every edit',
    );
    let final: string[] = [];
    await until(() => {
      final = titlesIn(cluster.store.readStored(mapId)!);
      return final.length === made.length;
    }, 'every edit stored');
    expect(final.sort(), 'every edit stored exactly once').toEqual(made);
    for (const c of clients) expect(titlesIn(c.doc).sort(), c.name).toEqual(made);
    expect(clients.flatMap((c) => c.closeCodes.filter((code) => code >= 4400 && code < 4500))).toEqual([]);
  }, 60_000);
});
