import { versionLabel, versionTitle, type ChangeCounts, type VersionSummary } from '../../../model/history';
import type { ExportedVersion } from '../../export/ExportDialog';

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
