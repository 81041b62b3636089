import { TOKEN_COLUMNS } from './rows/columns';

/**
 * SQL of the metrics API tokens (schema version 5, issue 19), apart from the code like the rest of
 * the schema. A token is `jmt_<id>_<secret>`: the row holds its id and the sha256 of the whole
 * text, never the text itself, so a stolen database pushes nothing. A revoked token keeps its row
 * (listed as revoked, refused as revoked rather than unknown); deleting the map takes its tokens.
 * `IF NOT EXISTS`: the step stands alone, whatever other version-5 tables it is merged beside.
 */
export const API_TOKEN_TABLES = `
CREATE TABLE IF NOT EXISTS api_tokens (
  id            TEXT PRIMARY KEY,
  map_id        TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  label         TEXT NOT NULL,
  token_hash    TEXT NOT NULL,
  created_by    TEXT,
  created_at    INTEGER NOT NULL,
  last_used_at  INTEGER,
  revoked_at    INTEGER
);
CREATE INDEX IF NOT EXISTS api_tokens_by_map ON api_tokens(map_id, created_at);
`;

export const API_TOKEN_SQL = {
  insertToken: `INSERT INTO api_tokens (${TOKEN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  getToken: `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = ?`,
  listTokens: `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE map_id = ? ORDER BY created_at DESC, rowid DESC`,
  /** Already revoked ones keep their first revocation time. */
  revokeToken: `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE map_id = ? AND id = ?`,
  touchToken: `UPDATE api_tokens SET last_used_at = ? WHERE id = ?`,
} as const;
