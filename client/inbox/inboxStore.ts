import { createStore } from 'zustand/vanilla';
import type { InboxNotification } from '../../model';
import { getInbox, markInboxRead } from '../api/inboxApi';
import { errorMessage } from '../api/ApiError';

export interface InboxState {
  /** Null until the first answer. */
  readonly notifications: readonly InboxNotification[] | null;
  readonly unread: number;
  /** The last refresh failed (the list shown is the last one that arrived). */
  readonly error: string | null;
}

/** How often the unread count is refreshed while a bell or the inbox is shown. */
export const POLL_MS = 30_000;
/** After failures the wait doubles up to this: a server that is down is not polled in a storm. */
const MAX_BACKOFF_MS = 5 * 60_000;
/** A window focus refreshes, unless a refresh happened this recently. */
const FOCUS_MIN_MS = 5_000;

/**
 * This person's inbox, shared by every bell and the inbox page of the tab: one poll however many
 * show it. Polls while something is subscribed (`watchInbox`), on window focus, and after marking.
 */
export const inboxStore = createStore<InboxState>(() => ({ notifications: null, unread: 0, error: null }));

let watchers = 0;
let timer: number | undefined;
let failures = 0;
let lastFetch = 0;
let inFlight: Promise<void> | null = null;

/** Fetches now (one request at a time), then schedules the next poll. */
export function refreshInbox(): Promise<void> {
  inFlight ??= (async () => {
    lastFetch = Date.now();
    try {
      const { notifications, unread } = await getInbox();
      failures = 0;
      inboxStore.setState({ notifications, unread, error: null });
    } catch (error) {
      failures++;
      inboxStore.setState({ error: errorMessage(error) });
    } finally {
      inFlight = null;
      schedule();
    }
  })();
  return inFlight;
}

function schedule(): void {
  window.clearTimeout(timer);
  timer = undefined;
  if (watchers === 0) return;
  const wait = Math.min(POLL_MS * 2 ** failures, MAX_BACKOFF_MS);
  timer = window.setTimeout(() => {
    // A hidden tab waits for its focus instead of polling.
    if (document.visibilityState === 'hidden') return;
    void refreshInbox();
  }, wait);
}

const onFocus = () => {
  if (Date.now() - lastFetch >= FOCUS_MIN_MS) void refreshInbox();
};

/** Keeps the inbox fresh while the caller is mounted; returns the stop function. */
export function watchInbox(): () => void {
  watchers++;
  if (watchers === 1) {
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    void refreshInbox();
  }
  return () => {
    watchers--;
    if (watchers > 0) return;
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('visibilitychange', onFocus);
    window.clearTimeout(timer);
    timer = undefined;
  };
}

/** Marks some or all read: at once on screen, then as the server says. */
export async function markRead(ids: readonly string[] | 'all'): Promise<void> {
  const { notifications } = inboxStore.getState();
  const now = new Date().toISOString();
  const marked = (n: InboxNotification) => (ids === 'all' || ids.includes(n.id)) && n.readAt === null;
  const fresh = notifications?.filter(marked).length ?? 0;
  if (fresh === 0 && ids !== 'all') return;
  inboxStore.setState((s) => ({
    notifications: s.notifications?.map((n) => (marked(n) ? { ...n, readAt: now } : n)) ?? null,
    unread: ids === 'all' ? 0 : Math.max(0, s.unread - fresh),
  }));
  try {
    const unread = await markInboxRead(ids);
    inboxStore.setState({ unread, error: null });
  } catch (error) {
    inboxStore.setState({ error: errorMessage(error) });
    void refreshInbox();
  }
}
