import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../log';
import { runImport, type ImportResult } from './importJob';

/** A worker thread of ImportPool: one body in, one ImportResult out (the state transferred, not copied). */
export type WorkerReply = ImportResult | { ok: false; crashed: string };

parentPort?.on('message', (body: Uint8Array) => {
  let reply: WorkerReply;
  try {
    reply = runImport(body);
  } catch (err) {
    reply = { ok: false, crashed: errorMessage(err) };
  }
  const transfer = reply.ok ? [reply.state.buffer as ArrayBuffer] : [];
  parentPort?.postMessage(reply, transfer);
});
