import { z } from 'zod';
import {
  actionSchema,
  NOTE_KINDS,
  type Action,
  type ActionRow,
  type ActionStatus,
  type MapDigest,
} from '../../model';
import { requestJson } from './apiRequest';

/**
 * The actions page's endpoints (server/http/actionsRoutes.ts) and the maps list's digests, typed
 * and validated: the shapes are model/programme/programmeApi.ts's.
 */

const actionRowSchema = z.object({
  mapId: z.string().min(1),
  mapTitle: z.string(),
  action: actionSchema,
  noteKind: z.enum(NOTE_KINDS),
  noteText: z.string(),
  stageName: z.string(),
  touchpointTitles: z.array(z.string()),
  overdue: z.boolean(),
  canEdit: z.boolean(),
}) satisfies z.ZodType<ActionRow>;

// Rows are checked one by one so a single bad one hides that action, not the page.
const actionsIndexSchema = z
  .object({ actions: z.array(z.unknown()), today: z.string() })
  .transform((body) => {
    const actions: ActionRow[] = [];
    for (const entry of body.actions) {
      const parsed = actionRowSchema.safeParse(entry);
      if (parsed.success) actions.push(parsed.data);
      else
        console.warn(
          'Skipping an action the server listed in an unexpected shape',
          entry,
          parsed.error.issues,
        );
    }
    return { actions, today: body.today };
  });

export type ActionsIndex = z.output<typeof actionsIndexSchema>;

/** Every action on the maps this person may open (the server decides which, and who may edit). */
export function listActions(signal?: AbortSignal, token?: string | null): Promise<ActionsIndex> {
  return requestJson('/api/actions', actionsIndexSchema, { signal, token });
}

/** Changes an action's status on its map (editors only); answers the action as stored. */
export function patchActionStatus(
  mapId: string,
  actionId: string,
  status: ActionStatus,
  token?: string | null,
): Promise<Action> {
  return requestJson(
    `/api/maps/${encodeURIComponent(mapId)}/actions/${encodeURIComponent(actionId)}`,
    z.object({ action: actionSchema }).transform((b) => b.action),
    { method: 'PATCH', body: { status }, token },
  );
}

/** A map's digest on the maps list (absent from servers before issue 19, or for an unreadable map). */
export const mapDigestSchema = z.object({
  openActions: z.number().int().min(0),
  overdueActions: z.number().int().min(0),
  unownedTouchpoints: z.number().int().min(0),
  freshness: z.object({
    measuredTouchpoints: z.number().int().min(0),
    staleTouchpoints: z.number().int().min(0),
    latestDate: z.string().nullable(),
  }),
  health: z.object({ score: z.number().min(0).max(100), next: z.string().nullable() }),
}) satisfies z.ZodType<MapDigest>;
