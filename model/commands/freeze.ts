import type * as Y from 'yjs';
import { metaMap } from '../docLayout';
import { FACILITATION_ORIGIN, type Origin } from '../origins';
import { plainValue } from '../plainRecord';
import type { Person } from '../records/facilitator';
import { freezeSchema, type Freeze } from '../records/freeze';
import { setMetaFlag } from './facilitatorSeat';

/** The freeze as the doc has it; a malformed value counts as frozen by nobody known. */
export function readFreeze(doc: Y.Doc): Freeze | null {
  const raw = metaMap(doc).get('frozen');
  if (raw === undefined) return null;
  const parsed = freezeSchema.safeParse(plainValue(raw));
  return parsed.success ? parsed.data : { by: '', name: '' };
}

/**
 * The facilitator freezes the map (everyone else becomes view-only, enforced by the server) or
 * thaws it. Unlike the structure lock, a freeze stops every change: moves, deletes, typing.
 */
export function setFrozen(
  doc: Y.Doc,
  by: Person,
  frozen: boolean,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  setMetaFlag(doc, by, 'frozen', frozen ? { by: by.userId, name: by.name } : undefined, origin);
}
