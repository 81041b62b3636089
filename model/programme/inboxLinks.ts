import type { InboxNotification, NotificationAnchor } from './programmeApi';

/**
 * Where a notification's link lands: the map's editor with `?focus=<kind>:<id>` (a card, stage,
 * note or action) and `&thread=<id>` (a comment thread to open). The editor reads both once the map
 * is loaded (`parseFocusParams`), jumps there and drops them from the address.
 */
export const FOCUS_PARAM = 'focus';
export const THREAD_PARAM = 'thread';

const FOCUS_KINDS = ['touchpoint', 'note', 'stage', 'action'] as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The path (and query) of a notification's target, e.g. `/map/m1?focus=touchpoint:tp_1&thread=thr_2`. */
export function notificationPath(n: Pick<InboxNotification, 'mapId' | 'anchor' | 'threadId'>): string {
  const params = new URLSearchParams();
  if (n.anchor.kind !== 'map') params.set(FOCUS_PARAM, `${n.anchor.kind}:${n.anchor.id}`);
  if (n.threadId !== undefined) params.set(THREAD_PARAM, n.threadId);
  const query = params.toString();
  return `/map/${encodeURIComponent(n.mapId)}${query ? `?${query}` : ''}`;
}

/** What a map URL asks the editor to show; null when it asks nothing (or nothing readable). */
export function parseFocusParams(
  search: string,
): { anchor: NotificationAnchor; threadId: string | null } | null {
  const params = new URLSearchParams(search);
  const focus = params.get(FOCUS_PARAM);
  const thread = params.get(THREAD_PARAM);
  const threadId = thread !== null && ID.test(thread) ? thread : null;
  const [kind, id] = focus?.split(':') ?? [];
  const known = FOCUS_KINDS.find((k) => k === kind);
  if (known && id !== undefined && ID.test(id)) return { anchor: { kind: known, id }, threadId };
  return threadId ? { anchor: { kind: 'map' }, threadId } : null;
}
