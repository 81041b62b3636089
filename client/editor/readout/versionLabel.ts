import { VERSION_REASON_LABELS, type VersionSummary } from '../../../model/history';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Session started · 3 Dec 2026, 13:02" or "“Before workshop” · …", in a picker ("since…", "from…"). */
export function versionLabel(v: VersionSummary): string {
  const what = v.name ? `“${v.name}”` : VERSION_REASON_LABELS[v.reason];
  return `${what} · ${when.format(Date.parse(v.takenAt))}`;
}
