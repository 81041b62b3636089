/**
 * SQL for SqliteStore, kept apart from the code (Hocuspocus style) so the schema reads in one place.
 * Times are integer milliseconds. Snapshots sit in their own table so listing maps never touches
 * the (possibly large) document blobs.
 */
export const SCHEMA_VERSION = 1;

export const PRAGMAS = [
  'journal_mode = WAL',
  // FULL: a commit is on disk before appendUpdate returns, i.e. before the update is broadcast.
  'synchronous = FULL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
];

export const CREATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS maps (
  id          TEXT PRIMARY KEY,
  title       TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshots (
  map_id  TEXT PRIMARY KEY REFERENCES maps(id) ON DELETE CASCADE,
  data    BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS updates (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id      TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  data        BLOB NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_map ON updates(map_id, seq);
`;

export const SQL = {
  listMaps: `SELECT id, title, created_at, updated_at FROM maps ORDER BY updated_at DESC, id`,
  getMap: `SELECT id, title, created_at, updated_at FROM maps WHERE id = ?`,
  insertMap: `INSERT INTO maps (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)`,
  upsertSnapshot: `INSERT INTO snapshots (map_id, data) VALUES (?, ?)
    ON CONFLICT (map_id) DO UPDATE SET data = excluded.data`,
  getSnapshot: `SELECT data FROM snapshots WHERE map_id = ?`,
  listUpdates: `SELECT seq, data FROM updates WHERE map_id = ? ORDER BY seq`,
  insertUpdate: `INSERT INTO updates (map_id, data, created_at) VALUES (?, ?, ?)`,
  deleteUpdatesThrough: `DELETE FROM updates WHERE map_id = ? AND seq <= ?`,
  touchMap: `UPDATE maps SET updated_at = ? WHERE id = ?`,
  touchMapTitle: `UPDATE maps SET updated_at = ?, title = ? WHERE id = ?`,
  deleteMap: `DELETE FROM maps WHERE id = ?`,
} as const;
