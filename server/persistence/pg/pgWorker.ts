import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';
import { clientConfig, isConnectionError } from './pgConnection';
import { PG_OPS, type OpReply, type OpRequest } from './pgOps';

/**
 * PgStore's worker thread: one `pg` client running the store's operations one after another, in
 * the order they were sent (so a read sees every write sent before it). Synchronous calls are
 * answered on `port` and flagged in `signal`, which the blocked main thread waits on; asynchronous
 * ones (compaction) on the parent port. A connection that fails is dropped and made again on the
 * next call, so the store comes back with the database.
 */
interface WorkerData {
  url: string;
  port: MessagePort;
  signal: SharedArrayBuffer;
}

const { url, port, signal } = workerData as WorkerData;
const flag = new Int32Array(signal);
let client: pg.Client | undefined;
let queue: Promise<void> = Promise.resolve();

port.on('message', (request: OpRequest) => {
  queue = queue.then(() => run(request));
});

async function run(request: OpRequest): Promise<void> {
  let reply: OpReply;
  try {
    const result = request.op === 'close' ? await close() : await dispatch(request);
    reply = { id: request.id, ok: true, result };
  } catch (err) {
    const unavailable = err instanceof ConnectFailed || isConnectionError(err);
    if (unavailable) drop();
    const error = err instanceof Error ? err : new Error(String(err));
    const code = (error as { code?: unknown }).code;
    reply = {
      id: request.id,
      ok: false,
      message: error.message,
      ...(typeof code === 'string' ? { code } : {}),
      unavailable,
    };
  }
  if (!request.sync) {
    parentPort?.postMessage(reply);
    return;
  }
  // The message first, then the flag: once the main thread wakes, the answer is on its port.
  port.postMessage(reply);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

/** The operations by name, as plain functions (each takes the connection first). */
const OPS = PG_OPS as unknown as Record<string, (db: pg.Client, ...args: unknown[]) => Promise<unknown>>;

async function dispatch(request: OpRequest): Promise<unknown> {
  const db = await connected();
  const op = OPS[request.op];
  if (!op) throw new Error(`no such store operation: ${request.op}`);
  return op(db, ...request.args);
}

async function connected(): Promise<pg.Client> {
  if (client) return client;
  const fresh = new pg.Client(clientConfig(url));
  // An idle connection the server closed: forget it, the next call connects again.
  fresh.on('error', () => {
    if (client === fresh) client = undefined;
  });
  try {
    await fresh.connect();
  } catch (err) {
    await fresh.end().catch(() => undefined);
    // Whatever the reason (refused, unknown host, a database not accepting connections), no
    // connection means the storage is unavailable, not that the call was wrong.
    throw new ConnectFailed(err);
  }
  client = fresh;
  return fresh;
}

class ConnectFailed extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

function drop(): void {
  const gone = client;
  client = undefined;
  void gone?.end().catch(() => undefined);
}

async function close(): Promise<null> {
  const gone = client;
  client = undefined;
  await gone?.end().catch(() => undefined);
  return null;
}
