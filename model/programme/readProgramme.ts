import type { ReadProblem } from '../journeyMap';
import { compareOrdered } from '../order';
import type { Action } from '../records/action';
import {
  DEFAULT_MAP_SETTINGS,
  mapSettingsSchema,
  MAP_SETTINGS_KEYS,
  type MapSettings,
} from '../records/mapSettings';
import type { MetricPoint } from '../records/metric';
import type { Note } from '../records/note';
import { compareMetricPoints } from '../metrics/series';

/**
 * Actions as the snapshot holds them: only those whose note exists (a concurrent note delete leaves
 * orphans, dropped silently), addressed touchpoints that exist, in note order then `order`.
 */
export function placeActions(
  actions: readonly Action[],
  notes: readonly Note[],
  touchpointIds: ReadonlySet<string>,
): Action[] {
  const noteIndex = new Map(notes.map((n, i) => [n.id, i]));
  const out: Action[] = [];
  for (const a of actions) {
    if (!noteIndex.has(a.noteId)) continue;
    const ids = a.touchpointIds;
    const kept = ids?.filter((id) => touchpointIds.has(id));
    out.push(ids && kept && kept.length !== ids.length ? { ...a, touchpointIds: kept } : a);
  }
  return out.sort((a, b) => noteIndex.get(a.noteId)! - noteIndex.get(b.noteId)! || compareOrdered(a, b));
}

/** Metric points of existing touchpoints, oldest first. */
export function placeMetrics(
  metrics: readonly MetricPoint[],
  touchpointIds: ReadonlySet<string>,
): MetricPoint[] {
  return metrics.filter((m) => touchpointIds.has(m.touchpointId)).sort(compareMetricPoints);
}

/** The settings in `meta`; a bad value (hostile or broken writer) is reported and its default used. */
export function readMapSettings(get: (key: string) => unknown, problems: ReadProblem[]): MapSettings {
  const out: Record<string, unknown> = { ...DEFAULT_MAP_SETTINGS };
  for (const key of MAP_SETTINGS_KEYS) {
    const value = get(key);
    if (value === undefined) continue;
    const parsed = mapSettingsSchema.shape[key].safeParse(value);
    if (parsed.success) out[key] = Array.isArray(parsed.data) ? Object.freeze(parsed.data) : parsed.data;
    else problems.push({ collection: 'meta', id: key, message: `not a valid ${key}` });
  }
  return out as MapSettings;
}
