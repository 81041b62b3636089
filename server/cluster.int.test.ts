import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createMap, stageIdsOf, titlesIn } from './testing/clusterHarness';
import { useCluster } from './testing/clusterSuite';
import { haveEngines } from './testing/engines';
import { waitFor } from './testing/harness';

/**
 * Issue 20: three real processes on one store and one Redis, thirty stock y-websocket clients
 * spread over them, all editing one map at once: every client ends with every edit, and the
 * stored doc is exactly what they hold.
 */
const PROCESSES = 3;
const CLIENTS = 30;
const EDITS_PER_CLIENT = 8;

describe.runIf(haveEngines('postgres', 'redis'))('three processes, one map', () => {
  // Each stock provider listens for the process's exit: thirty of them are expected here.
  beforeAll(() => void process.setMaxListeners(CLIENTS + 10));
  const cluster = useCluster({ processes: PROCESSES });

  it(`${CLIENTS} stock clients over ${PROCESSES} processes converge, and the store holds what they hold`, async () => {
    const { processes, clients, until } = cluster;
    const mapId = await createMap(processes[0]!.url);
    for (let i = 0; i < CLIENTS; i++) cluster.client(processes[i % PROCESSES]!.wsBase, mapId, `c${i}`);
    await until(() => clients.every((c) => c.provider.synced), 'every client synced');
    const stages = stageIdsOf(clients[0]!.doc);
    expect(stages.length).toBeGreaterThan(0);

    // Everybody writes at once, interleaved, so each process takes edits while relaying others'.
    for (let round = 0; round < EDITS_PER_CLIENT; round++) {
      for (const [i, c] of clients.entries()) c.write(stages[i % stages.length]!);
      await new Promise((r) => setTimeout(r, 20));
    }
    const made = clients.flatMap((c) => c.made).sort();
    expect(made).toHaveLength(CLIENTS * EDITS_PER_CLIENT);

    await until(
      () => clients.every((c) => titlesIn(c.doc).length === made.length),
      'every client has every edit',
    );
    for (const c of clients) expect(titlesIn(c.doc).sort(), c.name).toEqual(made);
    const reference = Y.encodeStateVector(clients[0]!.doc);
    for (const c of clients) expect(Y.encodeStateVector(c.doc), c.name).toEqual(reference);

    const stored = cluster.store.readStored(mapId)!;
    expect(titlesIn(stored).sort()).toEqual(made);
    expect(Y.encodeStateVector(stored)).toEqual(reference);
    expect(clients.flatMap((c) => c.closeCodes)).toEqual([]);
  }, 60_000);

  it('relays presence between processes, and a person who leaves one process is gone from the others at once', async () => {
    const { processes } = cluster;
    const mapId = await createMap(processes[0]!.url);
    const [here, there] = [
      cluster.client(processes[0]!.wsBase, mapId, 'here'),
      cluster.client(processes[1]!.wsBase, mapId, 'there'),
    ];
    await waitFor(() => here.provider.synced && there.provider.synced, 10_000, 'synced');
    here.provider.awareness.setLocalStateField('user', { name: 'Hera' });
    const seen = () =>
      there.provider.awareness.getStates().get(here.doc.clientID) as { user?: { name?: string } } | undefined;
    await waitFor(() => seen()?.user?.name === 'Hera', 10_000, 'presence relayed');
    here.provider.disconnect();
    // Well before awareness' own 30 s timeout.
    await waitFor(() => seen() === undefined, 5_000, 'departure relayed');
  }, 30_000);
});
