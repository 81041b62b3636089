import * as Y from 'yjs';
import { readMapInfo, SERVER_ORIGIN } from '../../model';
import { parseMapFile, writeMapFileToDoc } from '../../model/export';
import { isStackOverflow, jsonTooDeep } from '../http/jsonDepth';

/** What an import produced: the new map's first state, or why the file was refused (always a 400). */
export type ImportResult =
  { ok: true; title: string; state: Uint8Array } | { ok: false; error: string; code?: string };

/**
 * The whole CPU-heavy part of `POST /api/maps/import`, from body bytes to an encoded Y.Doc: decode,
 * depth check, JSON.parse, validate every record, seed a doc in one transaction, encode. Pure (no
 * store, no I/O), so it runs in a worker thread (importWorker.ts) and the event loop stays free.
 */
export function runImport(body: Uint8Array): ImportResult {
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8').trim();
  if (jsonTooDeep(text)) return { ok: false, error: 'too_deep', code: 'too_deep' };
  let value: unknown;
  try {
    value = text === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, error: 'body is not valid JSON' };
  }
  const doc = new Y.Doc();
  try {
    const parsed = parseMapFile(value);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    writeMapFileToDoc(doc, parsed.data, SERVER_ORIGIN);
    return { ok: true, title: readMapInfo(doc).title, state: Y.encodeStateAsUpdate(doc) };
  } catch (err) {
    if (isStackOverflow(err)) return { ok: false, error: 'too_deep', code: 'too_deep' };
    throw err;
  } finally {
    doc.destroy();
  }
}
