import { z } from 'zod';
import type { VersionSummary } from '../../model/history';
import { requestJson } from './apiRequest';
import { versionSummarySchema } from './historyApi';

/**
 * Reverting one person's edits (`GET /api/maps/:id/editors`, `POST /api/maps/:id/revert`); undoing
 * one restores the safety version it returned (historyApi.ts `restoreVersion`). Only the
 * facilitator seat holder, the map's owner or the admin may call the first two: the server checks it
 * and answers 403; the UI only hides the entry from others.
 */

const isoString = z.string().refine((v) => Number.isFinite(Date.parse(v)), 'not an ISO time');
const person = z.object({ id: z.string(), name: z.string() });

export const mapEditorSchema = person.extend({
  edits: z.number().int().nonnegative(),
  firstAt: isoString,
  lastAt: isoString,
});
/** Someone who edited the map in the asked window, with how much and when. */
export type MapEditor = z.output<typeof mapEditorSchema>;

const recordRef = z.object({
  kind: z.enum(['touchpoint', 'note', 'stage', 'lane', 'connection']),
  id: z.string(),
  title: z.string(),
});

/** What a revert does (server/versions/revertPlanTypes.ts `RevertPlan`): the preview shows it, the apply does it. */
export const revertPlanSchema = z.object({
  personId: z.string(),
  from: isoString,
  to: isoString,
  /** Records they created in the window, still there. */
  remove: z.array(recordRef),
  /** Records they deleted in the window, still gone. */
  restore: z.array(recordRef),
  /** Fields they changed, going from `now` back to `back`. */
  fields: z.array(
    recordRef.extend({ field: z.string(), label: z.string(), now: z.string(), back: z.string() }),
  ),
  /** Fields left alone: someone else changed them later, or the record is gone. */
  kept: z.array(
    recordRef.extend({
      field: z.string(),
      label: z.string(),
      by: person,
      reason: z.enum(['changed-later', 'record-gone']),
    }),
  ),
});
export type RevertPlan = z.output<typeof revertPlanSchema>;

/**
 * The window a revert covers: since a version, or between two times (ISO), `to` defaulting to now
 * and `from` to the latest session start (the server's defaults).
 */
export type RevertWindow =
  { readonly sinceVersion: string } | { readonly from?: string; readonly to?: string };

const mapUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}`;

/** Who edited the map in the window, most edits first as the server sends them. */
export function listEditors(
  mapId: string,
  token: string | null,
  window: { from?: string; to?: string },
  signal?: AbortSignal,
): Promise<MapEditor[]> {
  const query = new URLSearchParams();
  if (window.from) query.set('from', window.from);
  if (window.to) query.set('to', window.to);
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  return requestJson(
    `${mapUrl(mapId)}/editors${suffix}`,
    z.object({ people: z.array(mapEditorSchema) }).transform((b) => b.people),
    { token, signal },
  );
}

export interface RevertResult {
  readonly plan: RevertPlan;
  readonly applied: boolean;
  /** The `before-revert` version taken first (null for a preview): restoring it undoes the revert. */
  readonly safety: VersionSummary | null;
}

/** `apply: false` previews the plan; `apply: true` carries it out in one transaction on the live map. */
export function revertPerson(
  mapId: string,
  token: string | null,
  request: { personId: string; window: RevertWindow; apply: boolean },
  signal?: AbortSignal,
): Promise<RevertResult> {
  return requestJson(
    `${mapUrl(mapId)}/revert`,
    z.object({ plan: revertPlanSchema, applied: z.boolean(), safety: versionSummarySchema.nullable() }),
    {
      method: 'POST',
      token,
      signal,
      body: { personId: request.personId, ...request.window, apply: request.apply },
    },
  );
}
