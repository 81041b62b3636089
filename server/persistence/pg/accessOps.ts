import type { ApiTokenRecord } from '../ApiTokenStore';
import type { ShareLink } from '../ShareLinkStore';
import { LINK_COLUMNS, TOKEN_COLUMNS } from '../rows/columns';
import { linkInsertValues, toLink, type LinkRow } from '../rows/linkRows';
import { tokenInsertValues, toTokenRecord, type TokenRow } from '../rows/tokenRows';
import type { Db } from './pgTx';

/** Share links and metrics API tokens in PostgreSQL: SqliteLinkStore's and SqliteTokenStore's statements. */

export const ACCESS_OPS = {
  async createLink(db: Db, link: ShareLink): Promise<void> {
    await db.query(
      `INSERT INTO share_links (${LINK_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      linkInsertValues(link),
    );
  },

  async getLink(db: Db, id: string): Promise<ShareLink | undefined> {
    const row = (await db.query<LinkRow>(`SELECT ${LINK_COLUMNS} FROM share_links WHERE id = $1`, [id]))
      .rows[0];
    return row && toLink(row);
  },

  async listLinks(db: Db, mapId: string): Promise<ShareLink[]> {
    const sql = `SELECT ${LINK_COLUMNS} FROM share_links WHERE map_id = $1 ORDER BY created_at DESC, ord DESC`;
    return (await db.query<LinkRow>(sql, [mapId])).rows.map(toLink);
  },

  /** The link and everything minted through it, at any depth, in one statement (first time kept). */
  async revokeLink(db: Db, mapId: string, id: string, at: number): Promise<string[]> {
    const rows = await db.query<{ id: string }>(
      `WITH RECURSIVE tree(id) AS (
         SELECT id FROM share_links WHERE map_id = $1 AND id = $2
         UNION SELECT s.id FROM share_links s JOIN tree ON s.minted_by_link = tree.id
       )
       UPDATE share_links SET revoked_at = COALESCE(revoked_at, $3) WHERE id IN (SELECT id FROM tree)
       RETURNING id`,
      [mapId, id, at],
    );
    return rows.rows.map((row) => row.id);
  },

  async createToken(db: Db, t: ApiTokenRecord): Promise<void> {
    await db.query(
      `INSERT INTO api_tokens (${TOKEN_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      tokenInsertValues(t),
    );
  },

  async getToken(db: Db, id: string): Promise<ApiTokenRecord | undefined> {
    const row = (await db.query<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = $1`, [id]))
      .rows[0];
    return row && toTokenRecord(row);
  },

  async listTokens(db: Db, mapId: string): Promise<ApiTokenRecord[]> {
    const sql = `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE map_id = $1 ORDER BY created_at DESC, ord DESC`;
    return (await db.query<TokenRow>(sql, [mapId])).rows.map(toTokenRecord);
  },

  async revokeToken(db: Db, mapId: string, id: string, at: number): Promise<boolean> {
    const sql = 'UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE map_id = $2 AND id = $3';
    return ((await db.query(sql, [at, mapId, id])).rowCount ?? 0) > 0;
  },

  async touchToken(db: Db, id: string, at: number): Promise<void> {
    await db.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [at, id]);
  },
};
