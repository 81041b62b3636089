import type { MapTouch } from './MapStore';

/**
 * Folds a batch's touches into one per map (SQLite's and PostgreSQL's journals touch each map row
 * once per commit): the latest time, and the latest title any of them set.
 */
export function mergeTouch(touches: Map<string, MapTouch>, mapId: string, touch: MapTouch): void {
  const title = touch.title ?? touches.get(mapId)?.title;
  touches.set(mapId, { updatedAt: touch.updatedAt, ...(title === undefined ? {} : { title }) });
}
