import * as Y from 'yjs';
import type { JourneyMap } from '../journeyMap';
import { migrateDoc } from '../migrations';
import { readMap } from '../readMap';

/**
 * Reads a stored Yjs state (a version, a readout's end) as the live map would be: applied to a
 * fresh doc, brought to the current schema like a loaded room (migrateDoc), read by `read`, and
 * the doc destroyed. The one way to read a state, so an old version reads like a migrated one.
 * Throws when the bytes are no Yjs update, or were written by a newer Journey (UnsupportedSchemaError).
 */
export function readState<T>(state: Uint8Array, read: (doc: Y.Doc) => T): T {
  const doc = docOfState(state);
  try {
    return read(doc);
  } finally {
    doc.destroy();
  }
}

/** The map of a stored state, migrated (see `readState`). */
export function mapOfState(state: Uint8Array): JourneyMap {
  return readState(state, (doc) => readMap(doc).map);
}

/**
 * A fresh doc of a stored state, migrated (see `readState`), for whoever needs the doc itself
 * (restoring a version turns the live doc into it); the caller destroys it.
 */
export function docOfState(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    migrateDoc(doc);
    return doc;
  } catch (error) {
    doc.destroy();
    throw error;
  }
}
