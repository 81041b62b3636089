import type * as Y from 'yjs';
import { parseInput } from '../commands/commandSupport';
import type { Origin } from '../origins';
import { plainRecord, schemaFields, UnreadableRecord } from '../plainRecord';
import { getCommentRecord, patchCommentRecord, putCommentRecord, transactComment } from './commentsDocLayout';
import { personRecordSchema } from './person';

/**
 * `lastSeen` is kept to this resolution: opening a map again within the hour writes nothing, so
 * reloads do not grow the comments doc (it is only used to offer recent people first).
 */
export const LAST_SEEN_RESOLUTION_MS = 60 * 60 * 1000;

/**
 * Records that this person has been in the map (their `people` record, keyed by their user id and
 * written only by them), so others can @mention them later. Updates name and colour when changed.
 * Returns whether anything was written.
 */
export function notePresence(
  doc: Y.Doc,
  person: { id: string; name: string; color: string },
  now: number = Date.now(),
  origin?: Origin,
): boolean {
  const record = parseInput(personRecordSchema, { ...person, name: person.name.trim(), lastSeen: now });
  // Anything can sit under the key (plainRecord.ts): a value that is no record is replaced whole.
  const raw = plainRecord(getCommentRecord(doc, 'people', record.id), schemaFields(personRecordSchema));
  const existing = raw instanceof UnreadableRecord ? undefined : (raw as Record<string, unknown>);
  const lastSeen = existing?.lastSeen;
  const fresh =
    existing?.name === record.name &&
    existing.color === record.color &&
    typeof lastSeen === 'number' &&
    now - lastSeen < LAST_SEEN_RESOLUTION_MS;
  if (fresh) return false;
  transactComment(
    doc,
    () => {
      if (existing) patchCommentRecord(doc, 'people', record.id, record);
      else putCommentRecord(doc, 'people', record);
    },
    origin,
  );
  return true;
}
