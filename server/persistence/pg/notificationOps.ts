import type { NewNotification, NotificationRecord, StoredEmailSettings } from '../NotificationStore';
import { NOTIFICATION_COLUMNS, NOTIFICATION_COLUMNS_OF_N } from '../rows/columns';
import {
  distinctIds,
  notificationInsertValues,
  toEmailSettings,
  toNotifications,
  type NotificationRow,
  type SettingsRow,
} from '../rows/notificationRows';
import { inTransaction, type Db } from './pgTx';

/** The inbox in PostgreSQL: SqliteNotifications' statements (`INSERT OR IGNORE` → `ON CONFLICT DO NOTHING`). */

export const NOTIFICATION_OPS = {
  async addNotifications(db: Db, rows: readonly NewNotification[]): Promise<NewNotification[]> {
    if (rows.length === 0) return [];
    return inTransaction(db, async () => {
      const added: NewNotification[] = [];
      for (const n of rows) {
        const result = await db.query(
          `INSERT INTO notifications (${NOTIFICATION_COLUMNS})
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, NULL) ON CONFLICT DO NOTHING`,
          notificationInsertValues(n),
        );
        if ((result.rowCount ?? 0) > 0) added.push(n);
      }
      return added;
    });
  },

  /** Newest first; rows of maps in the trash are left out (they come back with the map). */
  async listNotifications(db: Db, personId: string, limit: number): Promise<NotificationRecord[]> {
    const rows = await db.query<NotificationRow>(
      `SELECT ${NOTIFICATION_COLUMNS_OF_N} FROM notifications n
       JOIN maps m ON m.id = n.map_id
       WHERE n.person_id = $1 AND m.deleted_at IS NULL
       ORDER BY n.created_at DESC, n.ord DESC LIMIT $2`,
      [personId, limit],
    );
    return toNotifications(rows.rows);
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
            [at, personId, distinctIds(ids)],
          );
    return result.rowCount ?? 0;
  },

  async markEmailed(db: Db, id: string, at: number): Promise<void> {
    await db.query('UPDATE notifications SET emailed_at = $1 WHERE id = $2', [at, id]);
  },

  async getSettings(db: Db, personId: string): Promise<StoredEmailSettings | undefined> {
    const row = (
      await db.query<SettingsRow>(
        'SELECT email, email_enabled, base_url FROM notification_settings WHERE person_id = $1',
        [personId],
      )
    ).rows[0];
    return row && toEmailSettings(row);
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
