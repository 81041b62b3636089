import { afterAll, beforeAll } from 'vitest';
import type { ChildServer } from './childServer';
import { startProcesses, stockClient, type StockClient } from './clusterHarness';
import { TEST_REDIS_URL } from './engines';
import { waitFor } from './harness';
import { sharedStoreForTests, type SharedStore } from './sharedStore';

/**
 * Issue 20: the setup every multi-process suite shares, registered as its beforeAll/afterAll: a
 * shared store, Redis, N processes (`startProcesses`), the stock clients the tests open, and a
 * `until` whose failure shows the processes' output. Teardown runs last in, first out: clients, then
 * whatever the test added after the processes (a balancer, raw sockets), the processes, what came
 * before them (an own Redis, a proxy) and the store.
 */

export interface ClusterScope {
  /** Returns `value`; afterAll disposes of it before anything set up earlier. */
  defer: <T>(value: T, dispose: (value: T) => unknown) => T;
}

export interface ClusterOptions {
  processes: number;
  /** JOURNEY_* settings of every process, on top of the store's and Redis'. */
  env?: Record<string, string>;
  /** The store the processes share; by default `sharedStoreForTests()` (a fresh PostgreSQL database). */
  store?: (scope: ClusterScope) => Promise<SharedStore>;
  /** The Redis they share; by default the one `.ci/engines.sh` started. */
  redisUrl?: (scope: ClusterScope) => Promise<string>;
}

export interface Cluster extends ClusterScope {
  /** Set once beforeAll has run. */
  readonly store: SharedStore;
  readonly processes: readonly ChildServer[];
  /** Every client `client` opened, destroyed first in afterAll. */
  readonly clients: readonly StockClient[];
  /** A stock y-websocket client (`stockClient`) that afterAll destroys. */
  client: (wsBase: string, mapId: string, name: string, params?: Record<string, string>) => StockClient;
  /** `waitFor`, failing with the clients' close codes and every process's output. */
  until: (cond: () => boolean, label: string, timeoutMs?: number) => Promise<void>;
}

/** Call in a `describe` body; the hooks start the cluster before its tests and stop it after. */
export function useCluster(options: ClusterOptions): Cluster {
  const disposers: Array<() => unknown> = [];
  const clients: StockClient[] = [];
  let store: SharedStore | undefined;
  let processes: ChildServer[] = [];

  const output = () => processes.map((p, i) => `--- process ${i} ---\n${p.output}`).join('\n');
  const closeCodes = () =>
    clients.length === 0
      ? ''
      : `; close codes ${clients.map((c) => `${c.name}: [${c.closeCodes.join(', ')}]`).join('; ')}`;

  const cluster: Cluster = {
    get store() {
      if (!store) throw new Error('the cluster has not started (useCluster starts it in beforeAll)');
      return store;
    },
    get processes() {
      return processes;
    },
    clients,
    defer(value, dispose) {
      disposers.push(() => dispose(value));
      return value;
    },
    client(wsBase, mapId, name, params) {
      const client = stockClient(wsBase, mapId, name, params);
      clients.push(client);
      return client;
    },
    until(cond, label, timeoutMs = 20_000) {
      return waitFor(cond, timeoutMs, label).catch((err: Error) => {
        throw new Error(`${err.message}${closeCodes()}\n${output()}`);
      });
    },
  };

  beforeAll(async () => {
    const shared = await (options.store ? options.store(cluster) : sharedStoreForTests());
    store = cluster.defer(shared, (s) => s.dispose());
    const redisUrl = options.redisUrl ? await options.redisUrl(cluster) : TEST_REDIS_URL!;
    processes = await startProcesses(options.processes, {
      ...shared.env,
      JOURNEY_REDIS_URL: redisUrl,
      ...options.env,
    });
    cluster.defer(processes, (all) => Promise.all(all.map((p) => p.dispose())));
  }, 60_000);

  afterAll(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const dispose of disposers.splice(0).reverse()) await dispose();
  });

  return cluster;
}
