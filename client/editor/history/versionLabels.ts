import { VERSION_REASON_LABELS, type ChangeCounts, type VersionSummary } from '../../../model/history';
import type { ExportedVersion } from '../../export/ExportDialog';

/** What each reason reads as in the timeline, the banner and the restore dialog (and the readout). */
export const REASON_LABELS = VERSION_REASON_LABELS;

/** A version's name, or why the server took it. */
export function versionTitle(v: VersionSummary): string {
  return v.name?.trim() || REASON_LABELS[v.reason];
}

const shortDate = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** "Mar 3, 2026, 2:05 PM": the exact time beside the relative one. */
export function versionTime(v: VersionSummary): string {
  return shortDate.format(Date.parse(v.takenAt));
}

/** "Before workshop" or "Session started · Mar 3, 2026, 2:05 PM": names a version in a sentence. */
export function versionLabel(v: VersionSummary): string {
  return v.name?.trim() ? v.name.trim() : `${REASON_LABELS[v.reason]} · ${versionTime(v)}`;
}

/** "+3 −1 ~2 cards" (cards and notes); '' when nothing changed. */
export function changeCountsText({ added, removed, changed }: ChangeCounts): string {
  const parts = [
    added > 0 ? `+${added}` : '',
    removed > 0 ? `−${removed}` : '',
    changed > 0 ? `~${changed}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return `${parts.join(' ')} ${added + removed + changed === 1 ? 'card' : 'cards'}`;
}

/**
 * The timeline's order: named versions first (kept for ever, what people look for), then the
 * others; newest first within each, as the server lists them.
 */
export function timelineOrder(versions: readonly VersionSummary[]): VersionSummary[] {
  return [...versions.filter((v) => v.kind === 'named'), ...versions.filter((v) => v.kind !== 'named')];
}

/** How the export dialog names a version's files: its name or reason, dated when it was taken. */
export function exportedVersion(v: VersionSummary): ExportedVersion {
  return { label: versionLabel(v), fileTitle: versionTitle(v), takenAt: new Date(v.takenAt) };
}
