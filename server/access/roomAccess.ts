import { canEditMap, canWriteComments, type Role } from '../../model';
import type { DocKind } from '../persistence/docKeys';

/** What one connection may do in one room. */
export interface RoomAccess {
  role: Role;
  /** Why this connection may not change the room's doc, told to its client; undefined if it may. */
  writeRefusal: string | undefined;
}

/**
 * The write rule, per room: the map doc takes writes from editors only, the comments doc from
 * editors and commenters. Reading (sync step 1) and presence are open to every role.
 */
export function roomAccess(role: Role, kind: DocKind): RoomAccess {
  if (kind === 'map') {
    return {
      role,
      writeRefusal: canEditMap(role) ? undefined : `${capitalised(role)}s cannot change the map`,
    };
  }
  return {
    role,
    writeRefusal: canWriteComments(role) ? undefined : `${capitalised(role)}s cannot write comments`,
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
