import type * as Y from 'yjs';
import { parseInput } from '../commands/commandSupport';
import type { Origin } from '../origins';
import { getCommentRecord, patchCommentRecord, putCommentRecord, transactComment } from './commentsDocLayout';
import { personRecordSchema } from './person';

/**
 * Records that this person has been in the map (their `people` record, keyed by their user id and
 * written only by them), so others can @mention them later. Updates name and colour when changed.
 */
export function notePresence(
  doc: Y.Doc,
  person: { id: string; name: string; color: string },
  now: number = Date.now(),
  origin?: Origin,
): void {
  const record = parseInput(personRecordSchema, { ...person, name: person.name.trim(), lastSeen: now });
  transactComment(
    doc,
    () => {
      if (getCommentRecord(doc, 'people', record.id)) patchCommentRecord(doc, 'people', record.id, record);
      else putCommentRecord(doc, 'people', record);
    },
    origin,
  );
}
