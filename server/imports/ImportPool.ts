import { Worker } from 'node:worker_threads';
import { HttpError } from '../http/HttpError';
import { runImport, type ImportResult } from './importJob';
import type { WorkerReply } from './importWorker';

export interface ImportPoolOptions {
  /** Imports parsed at once, each in its own worker thread. */
  workers: number;
  /** Imports waiting for a worker; one more is refused with 503. */
  queue: number;
  /** Parse on the main thread instead (benchmarks: the "before" figure). */
  inline?: boolean;
}

interface Job {
  body: Uint8Array;
  resolve: (result: ImportResult) => void;
  reject: (err: Error) => void;
}

/** Seconds a refused import is told to wait: about one import's time, rounded up. */
const RETRY_AFTER_SECONDS = 2;

/**
 * Runs imports (parse, validate, build the doc, encode) on at most `workers` worker threads, so a
 * 7 MiB file never holds the event loop; up to `queue` more wait, and beyond that an import gets 503
 * with Retry-After. Workers start on first use, stay for the next import and are unref'd, so an idle
 * pool does not keep the process alive.
 */
export class ImportPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: Job[] = [];
  private running = 0;
  /** Imports admitted and not finished (reading their body, waiting, or running). */
  private admitted = 0;
  private closed = false;

  constructor(private readonly options: ImportPoolOptions) {}

  /**
   * Admits an import before its body is read (503 if workers and queue are full), then runs it.
   * Refusing first means a flood of imports is never buffered in memory.
   */
  async run(readBody: () => Promise<Uint8Array>): Promise<ImportResult> {
    if (this.admitted >= this.options.workers + this.options.queue) {
      throw new HttpError(503, 'import_busy', { 'Retry-After': String(RETRY_AFTER_SECONDS) }, 'import_busy');
    }
    this.admitted++;
    try {
      const body = await readBody();
      if (this.options.inline) return runImport(body);
      return await new Promise<ImportResult>((resolve, reject) => {
        this.waiting.push({ body, resolve, reject });
        this.pump();
      });
    } finally {
      this.admitted--;
    }
  }

  /** Stops every worker; imports still waiting fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new HttpError(503, 'server shutting down'));
    await Promise.all(this.idle.splice(0).map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.running < this.options.workers ? this.spawn() : undefined);
      if (!worker) return;
      this.dispatch(worker, this.waiting.shift()!);
    }
  }

  private spawn(): Worker {
    const worker = spawnWorker();
    // Errors are handled per job; this keeps one outside a job (an idle worker) from being uncaught.
    worker.on('error', () => {});
    worker.on('exit', () => {
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    return worker;
  }

  private dispatch(worker: Worker, job: Job): void {
    this.running++;
    const settle = (done: () => void, keep: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.running--;
      if (keep && !this.closed) this.idle.push(worker);
      else void worker.terminate();
      done();
      this.pump();
    };
    const onMessage = (reply: WorkerReply) =>
      settle(() => {
        if ('crashed' in reply) job.reject(new Error(`import worker: ${reply.crashed}`));
        else job.resolve(reply);
      }, true);
    const onError = (err: Error) => settle(() => job.reject(err), false);
    const onExit = (code: number) =>
      settle(() => job.reject(new Error(`import worker exited ${code}`)), false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job.body);
  }
}

/**
 * From TypeScript sources (tsx, vitest) the worker is importWorker.dev.mjs beside this file, which
 * loads tsx first; in the bundle (build/server.mjs) it is build/importWorker.mjs beside the bundle.
 */
function spawnWorker(): Worker {
  const here = import.meta.url;
  const file = here.endsWith('.ts') ? './importWorker.dev.mjs' : './importWorker.mjs';
  // A hostile file cannot take more than this; the worker dies and the import fails, the server stays.
  const worker = new Worker(new URL(file, here), { resourceLimits: { maxOldGenerationSizeMb: 512 } });
  worker.unref();
  return worker;
}
