import { ApiError, errorMessage } from '../../api/ApiError';
import type { RevertPlan } from '../../api/revertApi';

/** The server's 403 for anyone but the seat holder, the owner or the admin, said in the UI's words. */
export const FORBIDDEN_MESSAGE = "Only the facilitator or the map's owner can revert someone's edits.";

/** A failed revert request as a sentence; a refusal reads the same whichever call met it. */
export function revertErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 403) return FORBIDDEN_MESSAGE;
  return errorMessage(error);
}

/** How many changes applying the plan makes (what is kept is listed, not changed). */
export function planSize(plan: RevertPlan): number {
  return plan.remove.length + plan.restore.length + plan.fields.length;
}

/** A person as the dialog names them; someone the server never saw named is "Someone (ab12…)". */
export function personName(person: { id: string; name: string }): string {
  return person.name.trim() || `Someone (${person.id.slice(0, 6)}…)`;
}
