import type * as Y from 'yjs';
import { rawRecords } from '../docLayout';
import { mapIdSchema } from '../records/mapLink';

/**
 * The child maps a map's doc names, read straight from its stages and touchpoints (only their
 * `childMapId` and a stage's tombstone), without a full `readMap`: the server asks it of every
 * loaded map on every save of any map (which parents to tell). Ids that are not map ids are
 * skipped; a link to the map itself (`selfId`) is ignored. May name a child of a card whose record
 * `readMap` would drop: a parent told once too often fetches its links once too often, no more.
 */
export function docChildMapIds(doc: Y.Doc, selfId?: string): Set<string> {
  const ids = new Set<string>();
  const add = (record: unknown) => {
    if (typeof record !== 'object' || record === null) return;
    const { childMapId, deleted } = record as { childMapId?: unknown; deleted?: unknown };
    if (deleted === true) return;
    const parsed = mapIdSchema.safeParse(childMapId);
    if (parsed.success && parsed.data !== selfId) ids.add(parsed.data);
  };
  for (const [, record] of rawRecords(doc, 'stages', ['childMapId', 'deleted'])) add(record);
  for (const [, record] of rawRecords(doc, 'touchpoints', ['childMapId'])) add(record);
  return ids;
}
