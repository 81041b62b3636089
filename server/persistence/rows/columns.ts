/**
 * Each table's columns in the order the row mappers (`rows/*Rows.ts`) and their `…InsertValues`
 * read and write them: the same in SQLite and PostgreSQL. A module with no imports, so that the
 * schema files (loaded by the journal worker too) stay light.
 */

export const MAP_COLUMNS = 'id, title, created_at, updated_at, owner, deleted_at';

export const LINK_COLUMNS =
  'id, map_id, role, created_at, expires_at, revoked_at, created_by, minted_by_link, name';

export const TOKEN_COLUMNS =
  'id, map_id, label, token_hash, created_by, created_at, last_used_at, revoked_at';

export const VERSION_COLUMNS = `id, map_id, kind, reason, name, taken_at, taken_by, taken_by_name, people,
  added, removed, changed, restored_from, edit_seq, state_hash`;

export const NOTIFICATION_COLUMNS = `id, person_id, map_id, kind, text, actor, anchor, thread_id, dedupe_key,
  created_at, read_at, emailed_at`;

/** NOTIFICATION_COLUMNS of `notifications n`, for the reads that join `maps m` (trashed maps' rows hide). */
export const NOTIFICATION_COLUMNS_OF_N = NOTIFICATION_COLUMNS.replace(/(\w+)/g, 'n.$1');
