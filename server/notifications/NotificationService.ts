import {
  isoDay,
  notificationPath,
  readComments,
  readMap,
  watchCollection,
  type PersonRecord,
} from '../../model';
import { errorMessage, type Logger } from '../log';
import type { MapStore } from '../persistence/MapStore';
import type { NewNotification } from '../persistence/NotificationStore';
import { readStoredMap, withStoredDoc } from '../programme/storedDocs';
import type { Room } from '../rooms/Room';
import type { RoomHooks } from '../rooms/RoomHooks';
import type { RoomManager } from '../rooms/RoomManager';
import {
  assignedNotifications,
  assignmentKeys,
  overdueNotifications,
  type AssignmentContext,
} from './actionNotifications';
import { commentIds, commentNotifications } from './commentNotifications';
import type { Mailer } from './Mailer';
import { EMAIL_SUBJECTS } from './notificationTexts';

export interface NotificationOptions {
  now: () => number;
  logger: Logger;
  /** Saves of one doc within this are read once (a typing burst is one read). */
  debounceMs?: number;
  /** Sends e-mail when set (JOURNEY_SMTP_URL). */
  mailer?: Mailer;
  /** The links in e-mails (JOURNEY_PUBLIC_URL); else the address the person reached the server at. */
  publicUrl?: string;
}

/** The overdue sweep runs at start, this often, and when someone opens their inbox (at most every minute). */
const SWEEP_EVERY_MS = 3_600_000;
const INBOX_SWEEP_MIN_MS = 60_000;

/**
 * Turns what happens in the rooms into notifications (a room listener, `RoomHooks`): after a doc is
 * saved (debounced per doc) it reads the doc and stores what is new — mentions and replies from the
 * comments doc, assignments (and overdue actions) from the map doc — idempotently by dedupe key.
 * What a doc held when the server loaded it is the baseline: old comments and old assignments never
 * notify. Overdue actions are swept from every map, loaded or not (`withStoredDoc`).
 *
 * A map doc is read only when a save changed its actions (watched per loaded room): reading a whole
 * map and its people after every keystroke on 200 busy maps cost more than the rest of the write path.
 */
export class NotificationService implements RoomHooks {
  private readonly pending = new Map<string, { room: Room; author: string | null; timer: NodeJS.Timeout }>();
  /** Per map: the comment ids already handled. */
  private readonly seenComments = new Map<string, Set<string>>();
  /** Per map: the assignments (dedupe keys) the map held when loaded. */
  private readonly knownAssignments = new Map<string, Set<string>>();
  /** Per loaded map doc: whether its actions changed since they were last read. */
  private readonly actionWatches = new Map<string, { room: Room; changed: boolean; stop: () => void }>();
  private readonly timers: NodeJS.Timeout[] = [];
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly options: NotificationOptions,
  ) {}

  get emailConfigured(): boolean {
    return this.options.mailer !== undefined;
  }

  /** The first sweep soon after start, then hourly. */
  start(): void {
    const first = setTimeout(() => this.sweepOverdue(), 0);
    const hourly = setInterval(() => this.sweepOverdue(), SWEEP_EVERY_MS);
    first.unref();
    hourly.unref();
    this.timers.push(first, hourly);
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    for (const watch of this.actionWatches.values()) watch.stop();
    this.actionWatches.clear();
    this.options.mailer?.close();
  }

  loaded(room: Room): void {
    if (room.ref.kind === 'personas') return;
    this.guard('load', () => {
      const { mapId } = room.ref;
      if (room.ref.kind === 'comments') {
        this.seenComments.set(mapId, commentIds(readComments(room.doc, null).comments));
      } else {
        const map = readMap(room.doc).map;
        this.knownAssignments.set(mapId, assignmentKeys({ mapId, map, people: this.people(mapId) }));
        this.watchActions(room);
      }
    });
  }
  joined(): void {}
  left(): void {}

  saved(room: Room, author: string | null): void {
    // The persona library brings no notifications (it is no map).
    if (room.ref.kind === 'personas') return;
    const { docId } = room.ref;
    // A map save that left its actions alone brings nothing to notify (loaded rooms are watched).
    if (this.actionWatches.get(docId)?.changed === false) return;
    const waiting = this.pending.get(docId);
    if (waiting) clearTimeout(waiting.timer);
    const timer = setTimeout(() => this.flush(docId), this.options.debounceMs ?? 200);
    timer.unref();
    this.pending.set(docId, { room, author: author ?? waiting?.author ?? null, timer });
  }

  /** Reads what the last saves brought in before the room goes; the baselines go with it. */
  dropping(room: Room): void {
    const waiting = this.pending.get(room.ref.docId);
    if (waiting?.room === room) {
      clearTimeout(waiting.timer);
      this.flush(room.ref.docId);
    }
    const baselines = room.ref.kind === 'comments' ? this.seenComments : this.knownAssignments;
    baselines.delete(room.ref.mapId);
    const watch = this.actionWatches.get(room.ref.docId);
    if (watch?.room === room) {
      watch.stop();
      this.actionWatches.delete(room.ref.docId);
    }
  }

  private watchActions(room: Room): void {
    this.actionWatches.get(room.ref.docId)?.stop();
    const watch = { room, changed: false, stop: () => {} };
    watch.stop = watchCollection(room.doc, 'actions', () => {
      watch.changed = true;
    });
    this.actionWatches.set(room.ref.docId, watch);
  }

  /** Overdue actions on every map, for their owners; safe to repeat (dedupe keys). */
  sweepOverdue(): void {
    this.lastSweep = this.options.now();
    for (const { id: mapId } of this.store.listMaps()) {
      this.guard('sweep', () => {
        const map = readStoredMap(this.store, this.rooms, mapId);
        if (!map || map.actions.length === 0) return;
        this.deliver(overdueNotifications(this.context(mapId, map)));
      });
    }
  }

  /** Called when someone opens their inbox: a sweep unless one ran within the last minute. */
  sweepIfStale(): void {
    if (this.options.now() - this.lastSweep >= INBOX_SWEEP_MIN_MS) this.sweepOverdue();
  }

  private flush(docId: string): void {
    const waiting = this.pending.get(docId);
    if (!waiting) return;
    this.pending.delete(docId);
    const { room, author } = waiting;
    this.guard('generate', () => {
      if (room.ref.kind === 'comments') this.fromComments(room);
      else this.fromMap(room, author);
    });
  }

  private fromComments(room: Room): void {
    const { mapId } = room.ref;
    const map = readStoredMap(this.store, this.rooms, mapId) ?? null;
    const { comments } = readComments(room.doc, map);
    const seen = this.seenComments.get(mapId);
    if (!seen) {
      // Never saw it load: whatever is there now is the baseline.
      this.seenComments.set(mapId, commentIds(comments));
      return;
    }
    this.deliver(commentNotifications(mapId, comments, seen, this.options.now()));
  }

  private fromMap(room: Room, author: string | null): void {
    const { mapId, docId } = room.ref;
    const watch = this.actionWatches.get(docId);
    if (watch) watch.changed = false;
    const ctx = this.context(mapId, readMap(room.doc).map);
    const known = this.knownAssignments.get(mapId) ?? assignmentKeys(ctx);
    this.knownAssignments.set(mapId, known);
    const actorName = author ? ctx.people.find((p) => p.id === author)?.name : undefined;
    const actor = author ? { id: author, name: actorName ?? 'Someone' } : null;
    this.deliver([...assignedNotifications(ctx, actor, known), ...overdueNotifications(ctx)]);
  }

  private context(mapId: string, map: AssignmentContext['map']): AssignmentContext {
    const now = this.options.now();
    return { mapId, map, people: this.people(mapId), now, today: isoDay(now) };
  }

  /** The map's people (comments doc): whose names owners are matched against. */
  private people(mapId: string): readonly PersonRecord[] {
    return (
      withStoredDoc(
        this.store,
        this.rooms,
        mapId,
        'comments',
        (doc) => readComments(doc, null).comments.people,
      ) ?? []
    );
  }

  /** Stores them; the ones that are new go out by e-mail to those who asked for it. */
  private deliver(notifications: readonly NewNotification[]): void {
    const added = this.store.notifications.add(notifications);
    if (added.length > 0) this.options.logger.info('notifications.added', { count: added.length });
    const { mailer } = this.options;
    if (!mailer) return;
    for (const n of added) {
      const settings = this.store.notifications.getSettings(n.personId);
      if (!settings?.emailEnabled || !settings.email) continue;
      const mapTitle = this.store.getMap(n.mapId)?.title ?? 'a map';
      const base = this.options.publicUrl ?? settings.baseUrl;
      const link = base
        ? `${base.replace(/\/+$/, '')}${notificationPath({ ...n, threadId: n.threadId ?? undefined })}`
        : null;
      const text = [
        n.text,
        '',
        link ? `Open it: ${link}` : `On the map “${mapTitle}”.`,
        '',
        '— Journey',
      ].join('\n');
      mailer.send({ to: settings.email, subject: EMAIL_SUBJECTS[n.kind](mapTitle), text }, () =>
        this.store.notifications.markEmailed(n.id, this.options.now()),
      );
    }
  }

  /** One map or doc that cannot be read (or a store error) is logged and skipped, never thrown. */
  private guard(step: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.options.logger.error('notifications.failed', { step, error: errorMessage(err) });
    }
  }
}
