import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { StorageUnavailableError } from '../StorageUnavailableError';
import type { OpArgs, OpName, OpReply, OpRequest, OpResult } from './pgOps';

/**
 * The sync bridge between PgStore and its worker thread (`pgWorker.ts`), which runs the `pg` client.
 *
 * Why synchronous: MapStore is synchronous, and hundreds of call sites (lists, links, versions,
 * trash, tokens, notifications, loading a doc) rely on it. Those are the cold paths: a loopback
 * round trip to PostgreSQL is ~0.2 ms, so blocking the event loop for one is cheaper than making
 * every caller async. The hot path (each doc update) does not come here: it goes through the async
 * `PgJournal`, and compaction is sent with `callAsync`, so the event loop never waits on either.
 *
 * How: `call` posts the request on a MessageChannel and blocks in `Atomics.wait` on a shared flag;
 * the worker posts the answer, then sets the flag and notifies; `receiveMessageOnPort` takes the
 * answer without the event loop. Requests of both kinds run in the worker in the order sent.
 */
export class PgBridge {
  private thread: Thread;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  private nextId = 1;
  private closed = false;

  constructor(private readonly url: string) {
    this.thread = this.spawn();
  }

  /** Runs `op` in the worker and blocks until it answers (or `timeoutMs` passes). */
  call<K extends OpName>(op: K, ...args: OpArgs<K>): OpResult<K> {
    return this.callSync(op, args) as OpResult<K>;
  }

  /** Runs `op` in the worker without blocking (compaction). */
  callAsync<K extends OpName>(op: K, ...args: OpArgs<K>): Promise<OpResult<K>> {
    const id = this.send(op, args, false);
    const answer = new Promise<unknown>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
    });
    return answer as Promise<OpResult<K>>;
  }

  /** Ends the worker's connection (waiting for it), then the worker. */
  close(): void {
    if (this.closed) return;
    try {
      if (!this.thread.failure) this.callSync('close', []);
    } catch {
      // Closing anyway: the database may be gone already.
    }
    this.closed = true;
    void this.thread.worker.terminate();
  }

  private callSync(op: OpName | 'close', args: unknown[]): unknown {
    const id = this.send(op, args, true);
    const thread = this.thread;
    const deadline = Date.now() + SYNC_TIMEOUT_MS;
    for (;;) {
      const received = receiveMessageOnPort(thread.port);
      if (received) {
        const reply = received.message as OpReply;
        // An answer to an earlier call that timed out: nobody waits for it any more.
        if (reply.id === id) return unwrap(reply);
        continue;
      }
      if (thread.failure) throw new StorageUnavailableError(thread.failure.message);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new StorageUnavailableError(`PostgreSQL did not answer within ${SYNC_TIMEOUT_MS} ms`);
      // 'not-equal': a flag left over from an answer already taken; clear it and look again.
      if (Atomics.wait(this.flag, 0, 0, Math.min(left, 1000)) === 'not-equal') Atomics.store(this.flag, 0, 0);
    }
  }

  private send(op: OpName | 'close', args: unknown[], sync: boolean): number {
    if (this.closed) throw new Error('the store is closed');
    // A worker that died (crashed, or ran out of memory on a huge doc) is replaced on the next call.
    if (this.thread.failure) this.thread = this.spawn();
    const id = this.nextId++;
    if (sync) Atomics.store(this.flag, 0, 0);
    this.thread.port.postMessage({ id, op, args, sync } satisfies OpRequest);
    return id;
  }

  private settle(reply: OpReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    try {
      waiter.resolve(unwrap(reply));
    } catch (err) {
      waiter.reject(err as Error);
    }
  }

  private spawn(): Thread {
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(workerFile(), {
      workerData: { url: this.url, port: port2, signal: this.flag.buffer },
      transferList: [port2],
    });
    const thread: Thread = { worker, port: port1, failure: undefined };
    worker.on('message', (reply: OpReply) => this.settle(reply));
    worker.on('error', (err) => this.die(thread, err));
    worker.on('exit', (code) => this.die(thread, new Error(`the PostgreSQL worker exited (${code})`)));
    // Neither keeps the process alive: the server's sockets and the journal's pool do that.
    worker.unref();
    port1.unref();
    return thread;
  }

  private die(thread: Thread, err: Error): void {
    if (this.closed || thread.failure) return;
    thread.failure = err;
    for (const waiter of this.waiting.values()) waiter.reject(new StorageUnavailableError(err.message));
    this.waiting.clear();
  }
}

/** One worker and the port its synchronous answers come on; `failure` once it has died. */
interface Thread {
  worker: Worker;
  port: MessagePort;
  failure: Error | undefined;
}

/** Longer than the worker's own connect and query timeouts (`pgConnection.ts`): they answer first. */
const SYNC_TIMEOUT_MS = 20_000;

function unwrap(reply: OpReply): unknown {
  if (reply.ok) return reply.result;
  if (reply.unavailable) throw new StorageUnavailableError(reply.message);
  throw Object.assign(new Error(reply.message), reply.code === undefined ? {} : { code: reply.code });
}

/**
 * From TypeScript sources (tsx, vitest) the worker is pgWorker.dev.mjs beside this file, which loads
 * tsx first; in the bundle (build/server.mjs) it is build/pgWorker.mjs beside the bundle.
 */
function workerFile(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? './pgWorker.dev.mjs' : './pgWorker.mjs', here);
}
