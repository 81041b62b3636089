import { isOpenAction, isOverdue, newId, type Action, type JourneyMap, type PersonRecord } from '../../model';
import type { NewNotification } from '../persistence/NotificationStore';
import { assignedText, overdueText } from './notificationTexts';

/**
 * Who an action is for: the person picked as its owner (`ownerId`), and anyone in the map's people
 * whose name is its `owner` (case and outer spaces aside). Each with the owner value that named
 * them, so a new owner notifies again and the same one never does.
 */
export function actionTargets(
  action: Pick<Action, 'owner' | 'ownerId'>,
  people: readonly Pick<PersonRecord, 'id' | 'name'>[],
): Map<string, string> {
  const targets = new Map<string, string>();
  if (action.ownerId !== undefined) targets.set(action.ownerId, `id:${action.ownerId}`);
  const owner = action.owner?.trim().toLowerCase();
  if (owner) {
    for (const p of people) {
      if (p.name.trim().toLowerCase() === owner && !targets.has(p.id)) targets.set(p.id, `name:${owner}`);
    }
  }
  return targets;
}

export interface AssignmentContext {
  readonly mapId: string;
  readonly map: Pick<JourneyMap, 'actions'>;
  readonly people: readonly Pick<PersonRecord, 'id' | 'name'>[];
  readonly now: number;
  /** `YYYY-MM-DD`: for the due date's wording and for overdue. */
  readonly today: string;
}

/** The dedupe key of "this action was assigned to this person by this owner value". */
export function assignedKey(mapId: string, actionId: string, personId: string, ownerValue: string): string {
  return `assigned:${mapId}:${actionId}:${personId}:${ownerValue}`;
}

/** Every assignment the map holds now (its dedupe keys): the baseline when the server loads it. */
export function assignmentKeys(ctx: Omit<AssignmentContext, 'now' | 'today'>): Set<string> {
  const keys = new Set<string>();
  for (const action of ctx.map.actions) {
    for (const [personId, value] of actionTargets(action, ctx.people)) {
      keys.add(assignedKey(ctx.mapId, action.id, personId, value));
    }
  }
  return keys;
}

/**
 * `assigned` for each open action's owners, once per (action, person, owner value), leaving out
 * keys in `known` (what was there when the server loaded the map) and whoever made the change
 * (assigning yourself is no news). `actor` names who saved the map.
 */
export function assignedNotifications(
  ctx: AssignmentContext,
  actor: { id: string; name: string } | null,
  known: ReadonlySet<string>,
): NewNotification[] {
  const out: NewNotification[] = [];
  for (const action of ctx.map.actions) {
    if (!isOpenAction(action)) continue;
    for (const [personId, value] of actionTargets(action, ctx.people)) {
      const dedupeKey = assignedKey(ctx.mapId, action.id, personId, value);
      if (personId === actor?.id || known.has(dedupeKey)) continue;
      out.push({
        id: newId('ntf'),
        personId,
        mapId: ctx.mapId,
        kind: 'assigned',
        text: assignedText(actor?.name ?? null, action.title, action.due, ctx.today),
        actor: actor?.name ?? null,
        anchor: { kind: 'note', id: action.noteId },
        threadId: null,
        dedupeKey,
        createdAt: ctx.now,
      });
    }
  }
  return out;
}

/** `overdue` for each open action due before today, once per (action, due date, person). */
export function overdueNotifications(ctx: AssignmentContext): NewNotification[] {
  const out: NewNotification[] = [];
  for (const action of ctx.map.actions) {
    if (!isOverdue(action, ctx.today) || action.due === undefined) continue;
    for (const personId of actionTargets(action, ctx.people).keys()) {
      out.push({
        id: newId('ntf'),
        personId,
        mapId: ctx.mapId,
        kind: 'overdue',
        text: overdueText(action.title, action.due, ctx.today),
        actor: null,
        anchor: { kind: 'note', id: action.noteId },
        threadId: null,
        dedupeKey: `overdue:${ctx.mapId}:${action.id}:${action.due}:${personId}`,
        createdAt: ctx.now,
      });
    }
  }
  return out;
}
