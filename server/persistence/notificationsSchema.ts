import { NOTIFICATION_COLUMNS, NOTIFICATION_COLUMNS_OF_N } from './rows/columns';

/**
 * SQL of the inbox (schema version 5, issue 19), apart from the code like the rest of the schema.
 *
 * - `notifications`: one row per thing a person should hear about (a mention, a reply to their
 *   thread, an action assigned to them, an action overdue). `dedupe_key` is UNIQUE and every insert
 *   is `INSERT OR IGNORE`, so generating twice (a restart, a second save, the hourly sweep) never
 *   notifies twice. `anchor` is the JSON of where the link jumps; `emailed_at` is set once sent.
 * - `notification_settings`: a person's optional e-mail (off unless they turn it on) and the base
 *   URL of the server as they reached it, for the link in the e-mail when JOURNEY_PUBLIC_URL is unset.
 * Both go with their map or stay with their person: a map deleted for good takes its notifications.
 */
export const NOTIFICATION_TABLES = `
CREATE TABLE notifications (
  id          TEXT PRIMARY KEY,
  person_id   TEXT NOT NULL,
  map_id      TEXT NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
  kind        TEXT NOT NULL CHECK (kind IN ('mention', 'reply', 'assigned', 'overdue')),
  text        TEXT NOT NULL,
  actor       TEXT,
  anchor      TEXT NOT NULL,
  thread_id   TEXT,
  dedupe_key  TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL,
  read_at     INTEGER,
  emailed_at  INTEGER
);
CREATE INDEX notifications_by_person ON notifications(person_id, created_at);
CREATE INDEX notifications_unread ON notifications(person_id) WHERE read_at IS NULL;
CREATE TABLE notification_settings (
  person_id      TEXT PRIMARY KEY,
  email          TEXT,
  email_enabled  INTEGER NOT NULL DEFAULT 0,
  base_url       TEXT,
  updated_at     INTEGER NOT NULL
) WITHOUT ROWID;
`;

export const NOTIFICATION_SQL = {
  insert: `INSERT OR IGNORE INTO notifications (${NOTIFICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)`,
  /** Newest first; rows of maps in the trash are left out (they come back with the map). */
  listForPerson: `SELECT ${NOTIFICATION_COLUMNS_OF_N} FROM notifications n
    JOIN maps m ON m.id = n.map_id
    WHERE n.person_id = ? AND m.deleted_at IS NULL
    ORDER BY n.created_at DESC, n.rowid DESC LIMIT ?`,
  countUnread: `SELECT COUNT(*) AS n FROM notifications n JOIN maps m ON m.id = n.map_id
    WHERE n.person_id = ? AND n.read_at IS NULL AND m.deleted_at IS NULL`,
  markRead: `UPDATE notifications SET read_at = ? WHERE person_id = ? AND id = ? AND read_at IS NULL`,
  markAllRead: `UPDATE notifications SET read_at = ? WHERE person_id = ? AND read_at IS NULL`,
  markEmailed: `UPDATE notifications SET emailed_at = ? WHERE id = ?`,
  getSettings: `SELECT person_id, email, email_enabled, base_url FROM notification_settings WHERE person_id = ?`,
  putSettings: `INSERT INTO notification_settings (person_id, email, email_enabled, base_url, updated_at)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (person_id) DO UPDATE SET email = excluded.email, email_enabled = excluded.email_enabled,
      base_url = COALESCE(excluded.base_url, base_url), updated_at = excluded.updated_at`,
} as const;
