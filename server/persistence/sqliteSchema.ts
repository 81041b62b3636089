/**
 * SQL for SqliteStore, kept apart from the code (Hocuspocus style) so the schema reads in one place.
 * Times are integer milliseconds. Snapshots sit in their own table so listing maps never touches
 * the (possibly large) document blobs.
 *
 * Version 2 keys snapshots and updates by doc id (a map's id, or `<mapId>/comments`) and keeps the
 * owning `map_id` next to it, so deleting a map cascades to both its docs and its share links.
 */
export const SCHEMA_VERSION = 2;

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
${SHARE_LINKS_TABLE}`;

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
};

export const SQL = {
  listMaps: `SELECT id, title, created_at, updated_at FROM maps ORDER BY updated_at DESC, id`,
  getMap: `SELECT id, title, created_at, updated_at FROM maps WHERE id = ?`,
  countMaps: `SELECT COUNT(*) AS n FROM maps`,
  insertMap: `INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`,
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
  insertLink: `INSERT INTO share_links (id, map_id, role, created_at, expires_at, revoked_at)
    VALUES (?, ?, ?, ?, ?, ?)`,
  getLink: `SELECT id, map_id, role, created_at, expires_at, revoked_at FROM share_links WHERE id = ?`,
  listLinks: `SELECT id, map_id, role, created_at, expires_at, revoked_at FROM share_links
    WHERE map_id = ? ORDER BY created_at DESC, rowid DESC`,
  revokeLink: `UPDATE share_links SET revoked_at = COALESCE(revoked_at, ?) WHERE map_id = ? AND id = ?`,
} as const;
