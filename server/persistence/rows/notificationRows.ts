import { z } from 'zod';
import { anchorSchema, NOTIFICATION_KINDS, type NotificationAnchor } from '../../../model';
import type { NewNotification, NotificationRecord, StoredEmailSettings } from '../NotificationStore';

/**
 * The inbox's rows (`notifications`, `notification_settings`) and the records they map to, shared
 * by SqliteNotifications and PgStore's notificationOps: only the SQL that reads them differs.
 */

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

/** `email_enabled` is an INTEGER 0/1 in SQLite and a boolean in PostgreSQL. */
export interface SettingsRow {
  email: string | null;
  email_enabled: number | boolean;
  base_url: string | null;
}

/** A stored anchor: a comment thread's anchor or an action's note (`NotificationAnchor`). */
const storedAnchorSchema = z.union([
  anchorSchema,
  z.object({ kind: z.literal('action'), id: z.string().min(1).max(64) }),
]);
const kindSchema = z.enum(NOTIFICATION_KINDS);

/** The values of NOTIFICATION_COLUMNS but the last two (read_at, emailed_at start NULL), in order. */
export function notificationInsertValues(n: NewNotification): unknown[] {
  return [
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
  ];
}

/** A row whose kind or anchor this server cannot read is skipped, never sent half-formed. */
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

/** The readable rows' records, in the rows' order (the unreadable ones skipped). */
export function toNotifications(rows: readonly NotificationRow[]): NotificationRecord[] {
  return rows.flatMap((row) => {
    const record = toNotification(row);
    return record ? [record] : [];
  });
}

export function toEmailSettings(row: SettingsRow): StoredEmailSettings {
  return {
    email: row.email,
    emailEnabled: row.email_enabled === 1 || row.email_enabled === true,
    baseUrl: row.base_url,
  };
}

/** Marking read: each id once, however often the caller named it. */
export function distinctIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
