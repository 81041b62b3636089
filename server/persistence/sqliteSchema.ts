import { API_TOKEN_TABLES } from './apiTokenSchema';
import { HISTORY_TABLES } from './historySchema';
import { NOTIFICATION_TABLES } from './notificationsSchema';
import { LINK_COLUMNS, MAP_COLUMNS } from './rows/columns';
import { TEMPLATE_TABLES } from './templatesSchema';

/**
 * SQL for SqliteStore, kept apart from the code (Hocuspocus style) so the schema reads in one place.
 * Times are integer milliseconds. Snapshots sit in their own table so listing maps never touches
 * the (possibly large) document blobs.
 *
 * Version 2 keys snapshots and updates by doc id (a map's id, or `<mapId>/comments`) and keeps the
 * owning `map_id` next to it, so deleting a map cascades to both its docs and its share links.
 *
 * Version 3 adds governance: a map's `owner` (the creator's person id; null for older maps) and
 * `deleted_at` (in the trash since), and for each share link who minted it (`created_by`, a person
 * id), through which link (`minted_by_link`, so revoking a link revokes what it minted) and a `name`.
 *
 * Version 4 adds a map's history (`historySchema.ts`): versions, their states, the attributed edit
 * log and the Yjs client ids each person wrote with.
 *
 * Version 5 adds the metrics API tokens (`apiTokenSchema.ts`).
 *
 * Version 6 adds the inbox (`notificationsSchema.ts`): notifications and e-mail settings.
 *
 * Version 7 adds saved templates (`templatesSchema.ts`).
 */
export const SCHEMA_VERSION = 7;

export const PRAGMAS = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before appendUpdate returns, i.e. before the update is broadcast.
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
];

const SHARE_LINKS_TABLE = `
CREATE TABLE share_links (
  id          TEXT PRIMARY KEY,
  map_id      TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  role        TEXT NOT NULL CHECK (role IN ('editor', 'commenter', 'viewer')),
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER,
  revoked_at  INTEGER
);
CREATE INDEX share_links_by_map ON share_links(map_id, created_at);
`;

/** Version 3's additions, shared by a new database and the migration from 2. */
const GOVERNANCE_COLUMNS = `
ALTER TABLE maps ADD COLUMN owner TEXT;
ALTER TABLE maps ADD COLUMN deleted_at INTEGER;
CREATE INDEX maps_in_trash ON maps(deleted_at) WHERE deleted_at IS NOT NULL;
ALTER TABLE share_links ADD COLUMN created_by TEXT;
ALTER TABLE share_links ADD COLUMN minted_by_link TEXT;
ALTER TABLE share_links ADD COLUMN name TEXT;
CREATE INDEX share_links_by_minter ON share_links(minted_by_link) WHERE minted_by_link IS NOT NULL;
`;

/** A new, empty database gets the current schema in one go. */
export const CREATE_SCHEMA = `
CREATE TABLE maps (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE TABLE snapshots (
  doc_id  TEXT PRIMARY KEY,
  map_id  TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data    BLOB NOT NULL
);
CREATE INDEX snapshots_by_map ON snapshots(map_id);
CREATE TABLE updates (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id      TEXT NOT NULL,
  map_id      TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data        BLOB NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX updates_by_doc ON updates(doc_id, seq);
CREATE INDEX updates_by_map ON updates(map_id);
${SHARE_LINKS_TABLE}
${GOVERNANCE_COLUMNS}
${HISTORY_TABLES}
${API_TOKEN_TABLES}
${NOTIFICATION_TABLES}
${TEMPLATE_TABLES}`;

/**
 * Upgrades of an existing database, by the version they lead to; each runs in one transaction.
 * Version 1 (the first release) had snapshots and updates keyed by map id only.
 */
export const MIGRATIONS: Record<number, string> = {
  2: `
CREATE TABLE snapshots_v2 (
  doc_id  TEXT PRIMARY KEY,
  map_id  TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data    BLOB NOT NULL
);
INSERT INTO snapshots_v2 (doc_id, map_id, data) SELECT map_id, map_id, data FROM snapshots;
DROP TABLE snapshots;
ALTER TABLE snapshots_v2 RENAME TO snapshots;
CREATE INDEX snapshots_by_map ON snapshots(map_id);
CREATE TABLE updates_v2 (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  doc_id      TEXT NOT NULL,
  map_id      TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data        BLOB NOT NULL,
  created_at  INTEGER NOT NULL
);
INSERT INTO updates_v2 (seq, doc_id, map_id, data, created_at)
  SELECT seq, map_id, map_id, data, created_at FROM updates;
DROP TABLE updates;
ALTER TABLE updates_v2 RENAME TO updates;
CREATE INDEX updates_by_doc ON updates(doc_id, seq);
CREATE INDEX updates_by_map ON updates(map_id);
${SHARE_LINKS_TABLE}`,
  3: GOVERNANCE_COLUMNS,
  4: HISTORY_TABLES,
  5: API_TOKEN_TABLES,
  6: NOTIFICATION_TABLES,
  7: TEMPLATE_TABLES,
};

export const SQL = {
  listMaps: `SELECT ${MAP_COLUMNS} FROM maps WHERE deleted_at IS NULL ORDER BY updated_at DESC, id`,
  listTrash: `SELECT ${MAP_COLUMNS} FROM maps WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id`,
  countMaps: `SELECT COUNT(*) AS n FROM maps`,
  getMap: `SELECT ${MAP_COLUMNS} FROM maps WHERE id = ?`,
  insertMap: `INSERT INTO maps (id, title, created_at, updated_at, owner) VALUES (?, ?, ?, ?, ?)`,
  trashMap: `UPDATE maps SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`,
  restoreMap: `UPDATE maps SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`,
  trashedBefore: `SELECT id FROM maps WHERE deleted_at IS NOT NULL AND deleted_at <= ?`,
  upsertSnapshot: `INSERT INTO snapshots (doc_id, map_id, data) VALUES (?, ?, ?)
    ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data`,
  getSnapshot: `SELECT data FROM snapshots WHERE doc_id = ?`,
  listUpdates: `SELECT seq, data FROM updates WHERE doc_id = ? ORDER BY seq`,
  insertUpdate: `INSERT INTO updates (doc_id, map_id, data, created_at) VALUES (?, ?, ?, ?)`,
  deleteUpdatesThrough: `DELETE FROM updates WHERE doc_id = ? AND seq <= ?`,
  touchMap: `UPDATE maps SET updated_at = ? WHERE id = ?`,
  touchMapTitle: `UPDATE maps SET updated_at = ?, title = ? WHERE id = ?`,
  deleteMap: `DELETE FROM maps WHERE id = ?`,
} as const;

export const LINK_SQL = {
  insertLink: `INSERT INTO share_links (${LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  getLink: `SELECT ${LINK_COLUMNS} FROM share_links WHERE id = ?`,
  listLinks: `SELECT ${LINK_COLUMNS} FROM share_links
    WHERE map_id = ? ORDER BY created_at DESC, rowid DESC`,
  /**
   * The link and everything minted through it, at any depth (links minted by links it minted…),
   * revoked in one statement. Already revoked ones keep their first revocation time.
   */
  revokeTree: `WITH RECURSIVE tree(id) AS (
      SELECT id FROM share_links WHERE map_id = ? AND id = ?
      UNION SELECT s.id FROM share_links s JOIN tree ON s.minted_by_link = tree.id
    )
    UPDATE share_links SET revoked_at = COALESCE(revoked_at, ?) WHERE id IN (SELECT id FROM tree)
    RETURNING id`,
} as const;
