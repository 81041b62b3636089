import type { Role } from '../../../model';

/** Why a change was not made, for someone who may not change the map. */
export function readOnlyMessage(role: Role): string {
  return role === 'commenter'
    ? 'You can comment but not change this map'
    : 'You can view but not change this map';
}
