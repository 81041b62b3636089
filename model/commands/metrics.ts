import type * as Y from 'yjs';
import { getRecord, patchRecord, putRecord, removeRecord, transactCommand } from '../docLayout';
import { VERBATIMS_KEPT, type MetricsPlan } from '../metrics/metricsInput';
import type { Origin } from '../origins';
import { metricPointSchema } from '../records/metric';
import { vocSchema } from '../records/touchpoint';
import { CommandError, parseInput } from './commandSupport';

/**
 * Writes a checked plan (`planMetrics`) in one transaction: each point overwrites a point with the
 * same id (the same measurement pushed again), each verbatim is appended to its card's
 * `voc.verbatims`, the oldest dropped past VERBATIMS_KEPT. A plan with errors writes nothing.
 */
export function applyMetricsPlan(doc: Y.Doc, plan: MetricsPlan, origin?: Origin): void {
  if (plan.errors.length > 0) throw new CommandError(`${plan.errors.length} problem(s): nothing written`);
  const points = plan.points.map((p) => parseInput(metricPointSchema, p));
  transactCommand(
    doc,
    () => {
      for (const p of points) {
        if (!getRecord(doc, 'touchpoints', p.touchpointId))
          throw new CommandError(`touchpoint ${p.touchpointId} does not exist`);
      }
      for (const p of points) {
        // The same measurement again: its value, and its sample (gone if the new push has none).
        if (getRecord(doc, 'metrics', p.id)) patchRecord(doc, 'metrics', p.id, { sample: undefined, ...p });
        else putRecord(doc, 'metrics', p);
      }
      const added = new Map<string, string[]>();
      for (const v of plan.verbatims)
        added.set(v.touchpointId, [...(added.get(v.touchpointId) ?? []), v.text]);
      for (const [id, texts] of added) {
        const rec = getRecord(doc, 'touchpoints', id);
        if (!rec) throw new CommandError(`touchpoint ${id} does not exist`);
        const parsed = vocSchema.safeParse(rec.get('voc') ?? {});
        const voc = parsed.success ? parsed.data : {};
        const verbatims = [...(voc.verbatims ?? []), ...texts].slice(-VERBATIMS_KEPT);
        patchRecord(doc, 'touchpoints', id, { voc: { ...voc, verbatims } });
      }
    },
    origin,
  );
}

/** Removes one metric point (a wrong upload). */
export function deleteMetricPoint(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      if (!removeRecord(doc, 'metrics', id)) throw new CommandError(`metric point ${id} does not exist`);
    },
    origin,
  );
}
