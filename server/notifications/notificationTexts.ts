import type { NotificationKind } from '../../model';

/**
 * The one-line texts of notifications, written for the person reading them ("Ana mentioned you on
 * “IVR menu”: “can we check…”"). Quotes are typographic; long titles and comments are cut with "…".
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The first line of `text`, at most `max` characters (an ellipsis past it). */
export function excerpt(text: string, max = 60): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** `2026-12-02` → "2 Dec" (the year only when it is not `today`'s). */
export function shortDate(iso: string, today: string): string {
  const [y = '', m, d] = iso.split('-');
  const day = `${Number(d)} ${MONTHS[Number(m) - 1] ?? ''}`;
  return y === today.slice(0, 4) ? day : `${day} ${y}`;
}

const quoted = (s: string) => `“${s}”`;
/** " on “IVR menu”", or nothing for a thread on the whole map (its label is empty). */
const onWhat = (label: string) => (label ? ` on ${quoted(excerpt(label, 40))}` : '');

export function mentionText(actor: string, anchorLabel: string, comment: string): string {
  return `${actor} mentioned you${onWhat(anchorLabel)}: ${quoted(excerpt(comment))}`;
}

export function replyText(actor: string, anchorLabel: string, comment: string): string {
  return `${actor} replied${onWhat(anchorLabel)}: ${quoted(excerpt(comment))}`;
}

export function assignedText(
  actor: string | null,
  title: string,
  due: string | undefined,
  today: string,
): string {
  const who = actor ? `${actor} assigned you` : 'You were assigned';
  const when = due ? ` (due ${shortDate(due, today)})` : '';
  return `${who} ${quoted(excerpt(title || 'Untitled action', 50))}${when}`;
}

export function overdueText(title: string, due: string, today: string): string {
  return `${quoted(excerpt(title || 'Untitled action', 40))} is overdue (due ${shortDate(due, today)})`;
}

/** The subject of a notification's e-mail: its kind in a few words and the map. */
export const EMAIL_SUBJECTS = {
  mention: (map: string) => `You were mentioned on “${excerpt(map, 60)}”`,
  reply: (map: string) => `New reply on “${excerpt(map, 60)}”`,
  assigned: (map: string) => `An action was assigned to you on “${excerpt(map, 60)}”`,
  overdue: (map: string) => `An action is overdue on “${excerpt(map, 60)}”`,
} as const satisfies Record<NotificationKind, (mapTitle: string) => string>;
