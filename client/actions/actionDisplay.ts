import { mapPath } from '../app/router';

/** The editor opens at a note when its URL says `?focus=note:<id>` (editor/comments/FocusFromUrl, model/programme/inboxLinks). */
export function noteOnMapPath(
  mapId: string,
  noteId: string,
  search: string = window.location.search,
): string {
  // Only the person's name rides along: the page's filters mean nothing on a map.
  const kept = new URLSearchParams();
  const name = new URLSearchParams(search).get('name');
  if (name) kept.set('name', name);
  kept.set('focus', `note:${noteId}`);
  return mapPath(mapId, `?${kept.toString()}`);
}

const SAME_YEAR = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const OTHER_YEAR = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "3 Mar" this year, "3 Mar 2025" otherwise (due dates are calendar days, read in UTC). */
export function formatDue(due: string, today: string): string {
  const date = new Date(`${due}T00:00:00Z`);
  return (due.slice(0, 4) === today.slice(0, 4) ? SAME_YEAR : OTHER_YEAR).format(date);
}
