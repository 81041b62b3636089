import type Database from 'better-sqlite3';
import { z } from 'zod';
import { anchorSchema, NOTIFICATION_KINDS, type NotificationAnchor } from '../../model';
import type {
  NewNotification,
  NotificationRecord,
  NotificationStore,
  StoredEmailSettings,
} from './NotificationStore';
import { NOTIFICATION_SQL } from './notificationsSchema';

export interface NotificationRow {
  id: string;
  person_id: string;
  map_id: string;
  kind: string;
  text: string;
  actor: string | null;
  anchor: string;
  thread_id: string | null;
  dedupe_key: string;
  created_at: number;
  read_at: number | null;
  emailed_at: number | null;
}

interface SettingsRow {
  email: string | null;
  email_enabled: number;
  base_url: string | null;
}

type Statements = { [K in keyof typeof NOTIFICATION_SQL]: Database.Statement };

/** A stored anchor: a comment thread's anchor or an action's note (`NotificationAnchor`). */
const storedAnchorSchema = z.union([
  anchorSchema,
  z.object({ kind: z.literal('action'), id: z.string().min(1).max(64) }),
]);
const kindSchema = z.enum(NOTIFICATION_KINDS);

/** Notifications and e-mail settings in the maps' SQLite file. */
export class SqliteNotifications implements NotificationStore {
  private readonly sql: Statements;
  private readonly addTx: (rows: readonly NewNotification[]) => NewNotification[];
  private readonly markTx: (personId: string, ids: readonly string[], at: number) => number;

  constructor(db: Database.Database) {
    this.sql = Object.fromEntries(
      Object.entries(NOTIFICATION_SQL).map(([name, text]) => [name, db.prepare(text)]),
    ) as Statements;
    this.addTx = db.transaction((rows: readonly NewNotification[]) =>
      rows.filter(
        (n) =>
          this.sql.insert.run(
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
          ).changes > 0,
      ),
    );
    this.markTx = db.transaction((personId: string, ids: readonly string[], at: number) =>
      ids.reduce((sum, id) => sum + this.sql.markRead.run(at, personId, id).changes, 0),
    );
  }

  add(notifications: readonly NewNotification[]): NewNotification[] {
    return notifications.length === 0 ? [] : this.addTx(notifications);
  }

  list(personId: string, limit: number): NotificationRecord[] {
    return (this.sql.listForPerson.all(personId, limit) as NotificationRow[]).flatMap((row) => {
      const record = toNotification(row);
      return record ? [record] : [];
    });
  }

  unreadCount(personId: string): number {
    return (this.sql.countUnread.get(personId) as { n: number }).n;
  }

  markRead(personId: string, ids: readonly string[] | 'all', at: number): number {
    if (ids === 'all') return this.sql.markAllRead.run(at, personId).changes;
    return this.markTx(personId, [...new Set(ids)], at);
  }

  markEmailed(id: string, at: number): void {
    this.sql.markEmailed.run(at, id);
  }

  getSettings(personId: string): StoredEmailSettings | undefined {
    const row = this.sql.getSettings.get(personId) as SettingsRow | undefined;
    return row && { email: row.email, emailEnabled: row.email_enabled === 1, baseUrl: row.base_url };
  }

  putSettings(personId: string, settings: StoredEmailSettings, at: number): void {
    this.sql.putSettings.run(personId, settings.email, settings.emailEnabled ? 1 : 0, settings.baseUrl, at);
  }
}

/** A row whose kind or anchor this server cannot read is skipped, never sent half-formed (PgStore too). */
export function toNotification(row: NotificationRow): NotificationRecord | undefined {
  const kind = kindSchema.safeParse(row.kind);
  let anchor: NotificationAnchor | undefined;
  try {
    const parsed = storedAnchorSchema.safeParse(JSON.parse(row.anchor));
    anchor = parsed.success ? parsed.data : undefined;
  } catch {
    anchor = undefined;
  }
  if (!kind.success || !anchor) return undefined;
  return {
    id: row.id,
    personId: row.person_id,
    mapId: row.map_id,
    kind: kind.data,
    text: row.text,
    actor: row.actor,
    anchor,
    threadId: row.thread_id,
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    readAt: row.read_at,
    emailedAt: row.emailed_at,
  };
}
