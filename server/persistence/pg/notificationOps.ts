import type { NewNotification, NotificationRecord, StoredEmailSettings } from '../NotificationStore';
import { toNotification, type NotificationRow } from '../SqliteNotifications';
import { inTransaction, type Db } from './pgTx';

/** The inbox in PostgreSQL: SqliteNotifications' statements (`INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`). */

const COLUMNS = `id, person_id, map_id, kind, text, actor, anchor, thread_id, dedupe_key, created_at,
  read_at, emailed_at`;

export const NOTIFICATION_OPS = {
  async addNotifications(db: Db, rows: readonly NewNotification[]): Promise<NewNotification[]> {
    if (rows.length === 0) return [];
    return inTransaction(db, async () => {
      const added: NewNotification[] = [];
      for (const n of rows) {
        const result = await db.query(
          `INSERT INTO notifications (${COLUMNS})
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL) ON CONFLICT DO NOTHING`,
          [
            n.id,
            n.personId,
            n.mapId,
            n.kind,
            n.text,
            n.actor,
            JSON.stringify(n.anchor),
            n.threadId,
            n.dedupeKey,
            n.createdAt,
          ],
        );
        if ((result.rowCount ?? 0) > 0) added.push(n);
      }
      return added;
    });
  },

  /** Newest first; rows of maps in the trash are left out (they come back with the map). */
  async listNotifications(db: Db, personId: string, limit: number): Promise<NotificationRecord[]> {
    const rows = await db.query<NotificationRow>(
      `SELECT ${COLUMNS.replace(/(\w+)/g, 'n.$1')} FROM notifications n
       JOIN maps m ON m.id = n.map_id
       WHERE n.person_id = $1 AND m.deleted_at IS NULL
       ORDER BY n.created_at DESC, n.ord DESC LIMIT $2`,
      [personId, limit],
    );
    return rows.rows.flatMap((row) => {
      const record = toNotification(row);
      return record ? [record] : [];
    });
  },

  async unreadCount(db: Db, personId: string): Promise<number> {
    const row = await db.query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM notifications n JOIN maps m ON m.id = n.map_id
       WHERE n.person_id = $1 AND n.read_at IS NULL AND m.deleted_at IS NULL`,
      [personId],
    );
    return row.rows[0]!.n;
  },

  async markRead(db: Db, personId: string, ids: readonly string[] | 'all', at: number): Promise<number> {
    const result =
      ids === 'all'
        ? await db.query('UPDATE notifications SET read_at = $1 WHERE person_id = $2 AND read_at IS NULL', [
            at,
            personId,
          ])
        : await db.query(
            'UPDATE notifications SET read_at = $1 WHERE person_id = $2 AND id = ANY($3::text[]) AND read_at IS NULL',
            [at, personId, [...new Set(ids)]],
          );
    return result.rowCount ?? 0;
  },

  async markEmailed(db: Db, id: string, at: number): Promise<void> {
    await db.query('UPDATE notifications SET emailed_at = $1 WHERE id = $2', [at, id]);
  },

  async getSettings(db: Db, personId: string): Promise<StoredEmailSettings | undefined> {
    const row = (
      await db.query<{ email: string | null; email_enabled: boolean; base_url: string | null }>(
        'SELECT email, email_enabled, base_url FROM notification_settings WHERE person_id = $1',
        [personId],
      )
    ).rows[0];
    return row && { email: row.email, emailEnabled: row.email_enabled, baseUrl: row.base_url };
  },

  /** A null `baseUrl` keeps the one stored. */
  async putSettings(db: Db, personId: string, settings: StoredEmailSettings, at: number): Promise<void> {
    await db.query(
      `INSERT INTO notification_settings (person_id, email, email_enabled, base_url, updated_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_id) DO UPDATE SET email = excluded.email, email_enabled = excluded.email_enabled,
         base_url = COALESCE(excluded.base_url, notification_settings.base_url), updated_at = excluded.updated_at`,
      [personId, settings.email, settings.emailEnabled, settings.baseUrl, at],
    );
  },
};
