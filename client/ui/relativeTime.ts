const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// English like the rest of the UI; `numeric: 'auto'` gives "yesterday" and "last week".
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/**
 * How long ago `then` was, in words: "just now", "5 minutes ago", "yesterday", "3 weeks ago".
 * Times slightly in the future (server and browser clocks disagree) also read "just now".
 */
export function relativeTime(then: number, now: number): string {
  const elapsed = now - then;
  if (elapsed < 45 * SECOND) return 'just now';
  if (elapsed < 45 * MINUTE) return relative.format(-Math.max(1, Math.round(elapsed / MINUTE)), 'minute');
  if (elapsed < 22 * HOUR) return relative.format(-Math.max(1, Math.round(elapsed / HOUR)), 'hour');
  const days = Math.max(1, Math.round(elapsed / DAY));
  if (days < 7) return relative.format(-days, 'day');
  if (days < 28) return relative.format(-Math.round(days / 7), 'week');
  if (days < 335) return relative.format(-Math.max(1, Math.round(days / 30.44)), 'month');
  return relative.format(-Math.max(1, Math.round(days / 365.25)), 'year');
}

const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });

/** The exact moment in the reader's locale, for tooltips next to a relative time. */
export function formatFullDate(time: number): string {
  return fullDate.format(time);
}
