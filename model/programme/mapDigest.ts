import type { JourneyMap } from '../journeyMap';
import { isUnowned } from '../insights/needsOwner';
import { isoDay, isStaleDate } from '../metrics/series';
import { countMapActions, isOverdue } from './actionStatus';
import { mapHealth, type ThreadCounts } from './health';
import type { ActionRow, MapDigest } from './programmeApi';

/** The latest metric date of each measured touchpoint (dates compare as strings: `YYYY-MM-DD`). */
function latestDates(map: Pick<JourneyMap, 'metrics'>): Map<string, string> {
  const latest = new Map<string, string>();
  for (const m of map.metrics)
    if ((latest.get(m.touchpointId) ?? '') < m.date) latest.set(m.touchpointId, m.date);
  return latest;
}

/**
 * What the maps page shows for one map (`MapDigest`): its open and overdue actions, unowned
 * touchpoints, data freshness and health, all judged against `now` (the server's clock).
 */
export function buildMapDigest(map: JourneyMap, threads: ThreadCounts, now: number): MapDigest {
  const today = isoDay(now);
  const actions = countMapActions(map.actions, today);
  const latest = latestDates(map);
  let latestDate: string | null = null;
  let stale = 0;
  for (const date of latest.values()) {
    if (latestDate === null || date > latestDate) latestDate = date;
    if (isStaleDate(date, today, map.settings.staleAfterDays)) stale++;
  }
  const health = mapHealth(map, threads, now);
  return {
    openActions: actions.open,
    overdueActions: actions.overdue,
    unownedTouchpoints: map.touchpoints.filter((t) => isUnowned(map.lanes, t)).length,
    freshness: { measuredTouchpoints: latest.size, staleTouchpoints: stale, latestDate },
    health: { score: health.score, next: health.next },
  };
}

/** A map's actions as the actions page lists them; `canEdit` is the requester's, decided by the server. */
export function buildActionRows(
  map: JourneyMap,
  ref: { readonly mapId: string; readonly mapTitle: string },
  today: string,
  canEdit: boolean,
): ActionRow[] {
  const notes = new Map(map.notes.map((n) => [n.id, n]));
  const stages = new Map(map.stages.map((s) => [s.id, s.name]));
  const rows: ActionRow[] = [];
  for (const action of map.actions) {
    const note = notes.get(action.noteId);
    if (!note) continue;
    const addressed = new Set(action.touchpointIds ?? []);
    rows.push({
      mapId: ref.mapId,
      mapTitle: ref.mapTitle,
      action,
      noteKind: note.kind,
      noteText: note.text,
      stageName: stages.get(note.stageId) ?? '',
      touchpointTitles: map.touchpoints.filter((t) => addressed.has(t.id)).map((t) => t.title),
      overdue: isOverdue(action, today),
      canEdit,
    });
  }
  return rows;
}
