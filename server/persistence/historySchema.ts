import { VERSION_COLUMNS } from './rows/columns';

/**
 * SQL of a map's history (schema version 4, issue 17), apart from the code like the rest of the schema.
 *
 * - `version_states`: full `Y.encodeStateAsUpdate` of the map doc and of its comments doc, keyed by
 *   the sha256 of the map id and both states, so a version taken when nothing changed (a named
 *   version right after an automatic one) stores nothing new. Full states, not a snapshot chain: the
 *   server's docs garbage-collect and compaction folds the update log, which would break a chain; a
 *   full state previews, restores and exports without a replay. The map id is part of the hash so two
 *   maps with equal states (a fresh duplicate) never share a row that one map's deletion would take.
 * - `versions`: one row per version; `edit_seq` is the last `edits.seq` included in its state.
 * - `edits`: every map-doc update with the person the server stamped on its sender (null: the server
 *   itself), written in the same transaction as its `updates` row. Compaction never touches it; rows
 *   older than the edit-log window are pruned with retention. Revert by person replays it.
 * - `doc_clients`: the Yjs client ids each person's connections wrote with; the first claim wins, so
 *   a client id seen later on another person's connection cannot take over someone's edits.
 */
export const HISTORY_TABLES = `
CREATE TABLE version_states (
  hash            TEXT PRIMARY KEY,
  map_id          TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  map_state       BLOB NOT NULL,
  comments_state  BLOB NOT NULL
);
CREATE INDEX version_states_by_map ON version_states(map_id);
CREATE TABLE versions (
  id             TEXT PRIMARY KEY,
  map_id         TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'safety')),
  reason         TEXT NOT NULL,
  name           TEXT,
  taken_at       INTEGER NOT NULL,
  taken_by       TEXT,
  taken_by_name  TEXT NOT NULL DEFAULT '',
  people         TEXT NOT NULL DEFAULT '[]',
  added          INTEGER NOT NULL DEFAULT 0,
  removed        INTEGER NOT NULL DEFAULT 0,
  changed        INTEGER NOT NULL DEFAULT 0,
  restored_from  TEXT,
  edit_seq       INTEGER NOT NULL DEFAULT 0,
  state_hash     TEXT NOT NULL REFERENCES version_states(hash)
);
CREATE INDEX versions_by_map ON versions(map_id, taken_at);
CREATE INDEX versions_by_state ON versions(state_hash);
CREATE TABLE edits (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  map_id     TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  person_id  TEXT,
  at         INTEGER NOT NULL,
  data       BLOB NOT NULL
);
CREATE INDEX edits_by_map ON edits(map_id, seq);
CREATE INDEX edits_by_time ON edits(map_id, at);
CREATE TABLE doc_clients (
  map_id     TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  client_id  INTEGER NOT NULL,
  person_id  TEXT NOT NULL,
  first_at   INTEGER NOT NULL,
  PRIMARY KEY (map_id, client_id)
) WITHOUT ROWID;
`;

export const HISTORY_SQL = {
  insertState: `INSERT OR IGNORE INTO version_states (hash, map_id, map_state, comments_state)
    VALUES (?, ?, ?, ?)`,
  insertVersion: `INSERT INTO versions (${VERSION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  listVersions: `SELECT ${VERSION_COLUMNS} FROM versions WHERE map_id = ? ORDER BY taken_at DESC, rowid DESC`,
  getVersion: `SELECT ${VERSION_COLUMNS} FROM versions WHERE map_id = ? AND id = ?`,
  getStates: `SELECT s.map_state, s.comments_state FROM versions v
    JOIN version_states s ON s.hash = v.state_hash WHERE v.map_id = ? AND v.id = ?`,
  deleteVersion: `DELETE FROM versions WHERE map_id = ? AND id = ?`,
  deleteOrphanStates: `DELETE FROM version_states WHERE map_id = ?
    AND hash NOT IN (SELECT state_hash FROM versions WHERE map_id = ?)`,
  insertEdit: `INSERT INTO edits (map_id, person_id, at, data) VALUES (?, ?, ?, ?)`,
  listEdits: `SELECT seq, person_id, at, data FROM edits WHERE map_id = ? AND seq > ? ORDER BY seq`,
  lastEditSeq: `SELECT COALESCE(MAX(seq), 0) AS seq FROM edits WHERE map_id = ?`,
  pruneEdits: `DELETE FROM edits WHERE map_id = ? AND at < ?`,
  claimClient: `INSERT OR IGNORE INTO doc_clients (map_id, client_id, person_id, first_at) VALUES (?, ?, ?, ?)`,
  listClients: `SELECT client_id, person_id, first_at FROM doc_clients WHERE map_id = ? ORDER BY first_at, client_id`,
} as const;
