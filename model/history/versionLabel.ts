import { VERSION_REASON_LABELS, type VersionSummary } from './historyTypes';

/** A version's name, or why the server took it ("Session started"). */
export function versionTitle(v: VersionSummary): string {
  return v.name?.trim() || VERSION_REASON_LABELS[v.reason];
}

const shortDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 3, 2026, 2:05 PM": when a version was taken, exactly. */
export function versionTime(v: VersionSummary): string {
  return shortDate.format(Date.parse(v.takenAt));
}

/**
 * Where a version's label stands: `sentence` (a banner, a notice) names it by its name alone when
 * it has one; `list` (a picker: "since…", "from…") always dates it and quotes a name, so versions
 * read alike one under another.
 */
export type VersionLabelForm = 'sentence' | 'list';

const NAMED_LABEL = {
  sentence: (name) => name,
  list: (name, time) => `“${name}” · ${time}`,
} as const satisfies Record<VersionLabelForm, (name: string, time: string) => string>;

/** "Before workshop" or "Session started · Mar 3, 2026, 2:05 PM" (see `VersionLabelForm`). */
export function versionLabel(v: VersionSummary, form: VersionLabelForm = 'sentence'): string {
  const name = v.name?.trim();
  return name
    ? NAMED_LABEL[form](name, versionTime(v))
    : `${VERSION_REASON_LABELS[v.reason]} · ${versionTime(v)}`;
}
