import type { NotificationAnchor, NotificationKind } from '../../model';

/** One notification as stored: for one person, about one map (server/notifications makes them). */
export interface NotificationRecord {
  /** Random (`ntf_…`); what the client marks read. */
  id: string;
  /** Whose inbox it is in (a person id). */
  personId: string;
  mapId: string;
  kind: NotificationKind;
  /** One line, already written for the reader. */
  text: string;
  /** Who caused it, by name; null for the server itself (overdue). */
  actor: string | null;
  anchor: NotificationAnchor;
  threadId: string | null;
  /**
   * What makes it the same notification however often it is generated ("mention:<comment>:<person>"):
   * UNIQUE, so a second insert is ignored.
   */
  dedupeKey: string;
  /** Epoch ms. */
  createdAt: number;
  readAt: number | null;
  emailedAt: number | null;
}

export type NewNotification = Omit<NotificationRecord, 'readAt' | 'emailedAt'>;

/** A person's e-mail settings as stored, with the base URL they reached the server at. */
export interface StoredEmailSettings {
  email: string | null;
  emailEnabled: boolean;
  /** `scheme://host[:port]` of their last settings request: the e-mail's link when no public URL is set. */
  baseUrl: string | null;
}

/** The inbox's storage (SqliteNotifications): SqliteStore owns the connection and the schema. */
export interface NotificationStore {
  /** Inserts those not stored yet (by dedupe key), in one transaction; returns the ones inserted. */
  add(notifications: readonly NewNotification[]): NewNotification[];
  /** The person's newest first, at most `limit`, leaving out maps in the trash. */
  list(personId: string, limit: number): NotificationRecord[];
  unreadCount(personId: string): number;
  /** Marks the person's own notifications read (others' ids change nothing); returns how many. */
  markRead(personId: string, ids: readonly string[] | 'all', at: number): number;
  markEmailed(id: string, at: number): void;
  getSettings(personId: string): StoredEmailSettings | undefined;
  /** A null `baseUrl` keeps the one stored. */
  putSettings(personId: string, settings: StoredEmailSettings, at: number): void;
}
