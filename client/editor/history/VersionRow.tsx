import { userColor } from '../../../model';
import {
  VERSION_REASON_LABELS,
  versionTime,
  versionTitle,
  type VersionSummary,
} from '../../../model/history';
import { initials } from '../../identity/initials';
import { relativeTime } from '../../ui/relativeTime';
import { changeCountsText } from './versionLabels';

/** At most this many people's initials on a row; the rest are "+N". */
const MAX_FACES = 5;

/**
 * One version in the timeline: its name or reason, when (relative, the exact time beside), who was
 * there and how many cards changed since the version before. A click previews it.
 */
export function VersionRow({
  version,
  now,
  current,
  opening,
  restoredFrom,
  onOpen,
}: {
  version: VersionSummary;
  /** The restored version's title, for a `restored` or `before-restore` version, when still listed. */
  restoredFrom?: string;
  now: number;
  /** This version is on the canvas now. */
  current: boolean;
  opening: boolean;
  onOpen: () => void;
}) {
  const counts = changeCountsText(version.changes);
  const faces = version.people.slice(0, MAX_FACES);
  const more = version.people.length - faces.length;
  const named = version.kind === 'named';
  return (
    <li
      className={`history-row${current ? ' is-current' : ''}${named ? ' is-named' : ''}`}
      data-testid="history-row"
      data-version-id={version.id}
      data-reason={version.reason}
    >
      <button type="button" className="history-row-main" aria-pressed={current} onClick={onOpen}>
        <span className="history-row-title">
          {named && (
            <span className="history-pin" aria-hidden="true">
              ★
            </span>
          )}
          {versionTitle(version)}
          {named && <span className="history-row-reason">{VERSION_REASON_LABELS.named}</span>}
          {restoredFrom && <span className="history-row-reason">of {restoredFrom}</span>}
        </span>
        <span className="history-row-time" title={versionTime(version)}>
          {relativeTime(Date.parse(version.takenAt), now)} · {versionTime(version)}
        </span>
        <span className="history-row-facts">
          {faces.length > 0 && (
            <span className="history-faces" aria-label={`With ${version.people.map(personName).join(', ')}`}>
              {faces.map((p) => (
                <span
                  key={p.id}
                  className="history-face"
                  style={{ background: userColor(p.id) }}
                  title={personName(p)}
                  aria-hidden="true"
                >
                  {initials(p.name)}
                </span>
              ))}
              {more > 0 && <span className="history-face-more">+{more}</span>}
            </span>
          )}
          {counts && (
            <span className="history-counts" data-testid="history-counts">
              {counts}
            </span>
          )}
          {opening && <span className="history-opening">Opening…</span>}
        </span>
      </button>
    </li>
  );
}

/** A person the server never heard name themselves reads "Someone" (and shows "?"). */
const personName = (p: { name: string }) => p.name.trim() || 'Someone';
