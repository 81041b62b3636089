/** Talks to bench client workers (clientWorker.mjs): one request, one reply, in order. */
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('./clientWorker.mjs', import.meta.url);

export class ClientWorker {
  private readonly worker = new Worker(WORKER_URL);

  request<T = Record<string, unknown>>(type: string, payload: Record<string, unknown> = {}): Promise<T> {
    return new Promise((resolve, reject) => {
      const onMessage = (msg: T) => {
        this.worker.off('error', onError);
        resolve(msg);
      };
      const onError = (err: Error) => {
        this.worker.off('message', onMessage);
        reject(err);
      };
      this.worker.once('message', onMessage);
      this.worker.once('error', onError);
      this.worker.postMessage({ type, ...payload });
    });
  }

  async close(): Promise<void> {
    await this.request('close');
    await this.worker.terminate();
  }
}

/** Splits `items` into `n` nearly equal parts (round robin). */
export function split<T>(items: readonly T[], n: number): T[][] {
  const parts: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => parts[i % n]!.push(item));
  return parts;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
