import type Database from 'better-sqlite3';
import type {
  NewNotification,
  NotificationRecord,
  NotificationStore,
  StoredEmailSettings,
} from './NotificationStore';
import { NOTIFICATION_SQL } from './notificationsSchema';
import {
  distinctIds,
  notificationInsertValues,
  toEmailSettings,
  toNotifications,
  type NotificationRow,
  type SettingsRow,
} from './rows/notificationRows';
import { prepareAll, type Prepared } from './sqliteStatements';

/** Notifications and e-mail settings in the maps' SQLite file. */
export class SqliteNotifications implements NotificationStore {
  private readonly sql: Prepared<typeof NOTIFICATION_SQL>;
  private readonly addTx: (rows: readonly NewNotification[]) => NewNotification[];
  private readonly markTx: (personId: string, ids: readonly string[], at: number) => number;

  constructor(db: Database.Database) {
    this.sql = prepareAll(db, NOTIFICATION_SQL);
    this.addTx = db.transaction((rows: readonly NewNotification[]) =>
      rows.filter((n) => this.sql.insert.run(...notificationInsertValues(n)).changes > 0),
    );
    this.markTx = db.transaction((personId: string, ids: readonly string[], at: number) =>
      ids.reduce((sum, id) => sum + this.sql.markRead.run(at, personId, id).changes, 0),
    );
  }

  add(notifications: readonly NewNotification[]): NewNotification[] {
    return notifications.length === 0 ? [] : this.addTx(notifications);
  }

  list(personId: string, limit: number): NotificationRecord[] {
    return toNotifications(this.sql.listForPerson.all(personId, limit) as NotificationRow[]);
  }

  unreadCount(personId: string): number {
    return (this.sql.countUnread.get(personId) as { n: number }).n;
  }

  markRead(personId: string, ids: readonly string[] | 'all', at: number): number {
    if (ids === 'all') return this.sql.markAllRead.run(at, personId).changes;
    return this.markTx(personId, distinctIds(ids), at);
  }

  markEmailed(id: string, at: number): void {
    this.sql.markEmailed.run(at, id);
  }

  getSettings(personId: string): StoredEmailSettings | undefined {
    const row = this.sql.getSettings.get(personId) as SettingsRow | undefined;
    return row && toEmailSettings(row);
  }

  putSettings(personId: string, settings: StoredEmailSettings, at: number): void {
    this.sql.putSettings.run(personId, settings.email, settings.emailEnabled ? 1 : 0, settings.baseUrl, at);
  }
}
