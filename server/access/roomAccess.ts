import { canEditMap, canWriteComments, type Role } from '../../model';
import type { DocKind } from '../persistence/docKeys';
import type { Person } from './person';

/** What one connection may do in one room. */
export interface RoomAccess {
  role: Role;
  /** The person the server stamped on this connection (from its key, or anonymous). */
  person: Person;
  /** Why this connection may not change the room's doc, told to its client; undefined if it may. */
  writeRefusal: string | undefined;
}

/**
 * The write rule, per room: the map doc takes writes from editors only, the comments doc from
 * editors and commenters. Reading (sync step 1) and presence are open to every role.
 */
export function roomAccess(role: Role, kind: DocKind, person: Person): RoomAccess {
  const rule = WRITE_RULES[kind];
  return { role, person, writeRefusal: rule.may(role) ? undefined : `${capitalised(role)}s ${rule.refusal}` };
}

/** Per doc kind: who may write it, and what the others are told. */
const WRITE_RULES: Record<DocKind, { may: (role: Role) => boolean; refusal: string }> = {
  map: { may: canEditMap, refusal: 'cannot change the map' },
  comments: { may: canWriteComments, refusal: 'cannot write comments' },
  personas: { may: canEditMap, refusal: 'cannot change the persona library' },
};

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
