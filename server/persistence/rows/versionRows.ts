import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { VersionKind, VersionReason } from '../../../model/history/historyTypes';
import type { DocClient, EditRecord, VersionRecord, VersionStates } from '../HistoryStore';
import { ownBytes } from './bytes';

/**
 * History rows (`versions`, `version_states`, `edits`, `doc_clients`) and the records they map to,
 * shared by SqliteHistory and PgStore's historyOps: only the SQL that reads them differs.
 */

export interface VersionRow {
  id: string;
  map_id: string;
  kind: VersionKind;
  reason: VersionReason;
  name: string | null;
  taken_at: number;
  taken_by: string | null;
  taken_by_name: string;
  people: string;
  added: number;
  removed: number;
  changed: number;
  restored_from: string | null;
  edit_seq: number;
  state_hash: string;
}

export interface StatesRow {
  map_state: Uint8Array;
  comments_state: Uint8Array;
}

export interface EditRow {
  seq: number;
  person_id: string | null;
  at: number;
  data: Uint8Array;
}

export interface DocClientRow {
  client_id: number;
  person_id: string;
  first_at: number;
}

/** `people` is JSON in its column: read back through a schema, never trusted as is. */
const peopleSchema = z.array(z.object({ id: z.string(), name: z.string() }));

/** sha256 of the map id and both states (length-prefixed, so no two inputs concatenate alike). */
export function stateHash(mapId: string, states: VersionStates): string {
  const hash = createHash('sha256');
  for (const part of [Buffer.from(mapId), states.map, states.comments]) {
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/** The values of VERSION_COLUMNS, in that order, for a version whose states hash to `hash`. */
export function versionInsertValues(v: Omit<VersionRecord, 'stateHash'>, hash: string): unknown[] {
  return [
    v.id,
    v.mapId,
    v.kind,
    v.reason,
    v.name,
    v.takenAt,
    v.takenBy?.id ?? null,
    v.takenBy?.name ?? '',
    JSON.stringify(v.people),
    v.changes.added,
    v.changes.removed,
    v.changes.changed,
    v.restoredFrom,
    v.editSeq,
    hash,
  ];
}

export function toVersion(row: VersionRow): VersionRecord {
  const people = peopleSchema.safeParse(JSON.parse(row.people));
  return {
    id: row.id,
    mapId: row.map_id,
    kind: row.kind,
    reason: row.reason,
    name: row.name,
    takenAt: row.taken_at,
    takenBy: row.taken_by === null ? null : { id: row.taken_by, name: row.taken_by_name },
    people: people.success ? people.data : [],
    changes: { added: row.added, removed: row.removed, changed: row.changed },
    restoredFrom: row.restored_from,
    editSeq: row.edit_seq,
    stateHash: row.state_hash,
  };
}

export function toStates(row: StatesRow): VersionStates {
  return { map: ownBytes(row.map_state), comments: ownBytes(row.comments_state) };
}

export function toEdit(row: EditRow): EditRecord {
  return { seq: row.seq, personId: row.person_id, at: row.at, data: ownBytes(row.data) };
}

export function toDocClient(row: DocClientRow): DocClient {
  return { clientId: row.client_id, personId: row.person_id, firstAt: row.first_at };
}
