import type { VersionReason, VersionSummary } from '../../../model/history';

/** How each kind of version reads in a picker ("since…", "from…"); a named one shows its name. */
const REASON_LABELS: Readonly<Record<VersionReason, string>> = {
  named: 'Saved version',
  'session-start': 'Session started',
  'session-end': 'Session ended',
  hourly: 'Hourly save',
  'first-load': 'First opened',
  'before-restore': 'Before a restore',
  'before-revert': 'Before a revert',
  'before-import': 'Before an import',
  restored: 'Restored',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Session started · 3 Dec 2026, 13:02" or "“Before workshop” · …". */
export function versionLabel(v: VersionSummary): string {
  const what = v.name ? `“${v.name}”` : REASON_LABELS[v.reason];
  return `${what} · ${when.format(Date.parse(v.takenAt))}`;
}
