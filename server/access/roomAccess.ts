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
  if (kind === 'map') {
    return {
      role,
      person,
      writeRefusal: canEditMap(role) ? undefined : `${capitalised(role)}s cannot change the map`,
    };
  }
  return {
    role,
    person,
    writeRefusal: canWriteComments(role) ? undefined : `${capitalised(role)}s cannot write comments`,
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
