import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ChildServer } from './testing/childServer';
import {
  createMap,
  stageIdsOf,
  startProcesses,
  stockClient,
  titlesIn,
  type StockClient,
} from './testing/clusterHarness';
import { haveEngines, TEST_REDIS_URL } from './testing/engines';
import { waitFor } from './testing/harness';
import { sharedStoreForTests, type SharedStore } from './testing/sharedStore';

/**
 * Issue 20: three real processes on one store and one Redis, thirty stock y-websocket clients
 * spread over them, all editing one map at once: every client ends with every edit, and the
 * stored doc is exactly what they hold.
 */
const PROCESSES = 3;
const CLIENTS = 30;
const EDITS_PER_CLIENT = 8;

describe.runIf(haveEngines('postgres', 'redis'))('three processes, one map', () => {
  let store: SharedStore;
  let processes: ChildServer[] = [];
  const clients: StockClient[] = [];

  beforeAll(async () => {
    // Each stock provider listens for the process's exit: thirty of them are expected here.
    process.setMaxListeners(CLIENTS + 10);
    store = await sharedStoreForTests();
    processes = await startProcesses(PROCESSES, {
      ...store.env,
      JOURNEY_REDIS_URL: TEST_REDIS_URL!,
    });
  }, 60_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await Promise.all(processes.map((p) => p.dispose()));
    await store?.dispose();
  });

  it(`${CLIENTS} stock clients over ${PROCESSES} processes converge, and the store holds what they hold`, async () => {
    const mapId = await createMap(processes[0]!.url);
    for (let i = 0; i < CLIENTS; i++) {
      clients.push(stockClient(processes[i % PROCESSES]!.wsBase, mapId, `c${i}`));
    }
    const output = () => processes.map((p, i) => `--- process ${i} ---\n${p.output}`).join('\n');
    const until = (cond: () => boolean, label: string) =>
      waitFor(cond, 20_000, label).catch((err: Error) => {
        throw new Error(`${err.message}\n${output()}`);
      });
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

    const stored = store.readStored(mapId)!;
    expect(titlesIn(stored).sort()).toEqual(made);
    expect(Y.encodeStateVector(stored)).toEqual(reference);
    expect(clients.flatMap((c) => c.closeCodes)).toEqual([]);
  }, 60_000);

  it('relays presence between processes, and a person who leaves one process is gone from the others at once', async () => {
    const mapId = await createMap(processes[0]!.url);
    const [here, there] = [
      stockClient(processes[0]!.wsBase, mapId, 'here'),
      stockClient(processes[1]!.wsBase, mapId, 'there'),
    ];
    clients.push(here, there);
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
