import type { Role } from '../../../model';

/** Why a change was not made, for someone who may not change the map. */
export function readOnlyMessage(role: Role): string {
  return role === 'commenter'
    ? 'You can comment but not change this map'
    : 'You can view but not change this map';
}

/** Why this tab is read-only when the map was saved by a newer Journey (the schema handshake). */
export const NEWER_SCHEMA_MESSAGE = 'This map was saved by a newer version of Journey. Reload to continue.';

/** Why nothing changes while a version is previewed (the History panel): the past is read-only. */
export const PREVIEW_MESSAGE = 'You are looking at an earlier version. Go back to live (Esc) to edit.';
