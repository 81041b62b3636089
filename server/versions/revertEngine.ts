import * as Y from 'yjs';
import { applyRevert, type PersonOrigin } from './revertApply';
import { buildRevertPlan, type RevertWrites } from './revertPlan';
import type { RevertPlan } from './revertPlanTypes';
import { replayEdits, type AttributedEdit, type RevertWindow } from './revertTimeline';

/** What a revert starts from: a version at or before the window start, and every edit after it. */
export interface RevertInput {
  /** The version's map state (`Y.encodeStateAsUpdate`), taken at or before `window.from`. */
  readonly base: Uint8Array;
  /** Every person's edits after that version (`edits.seq > version.edit_seq`), in order. */
  readonly edits: readonly AttributedEdit[];
  readonly window: RevertWindow;
  /** The live map doc: what is there now, and where an applied revert is written. */
  readonly live: Y.Doc;
  /** A person's name as the server last saw it ('' if never). */
  readonly nameOf: (personId: string) => string;
}

/**
 * The preview: what reverting the window's person would do, without writing anything. `complete`
 * is false when the replay does not reach everything the live doc holds (edits pruned from the log
 * since the version, or a migration saved on load, which is not an edit): the plan would be built on
 * a partial history, so it must not be applied.
 */
export function planRevert(input: RevertInput): {
  plan: RevertPlan;
  writes: RevertWrites;
  complete: boolean;
} {
  const timeline = replayEdits(input.base, input.edits, input.window);
  const { plan, writes } = buildRevertPlan({
    timeline,
    window: input.window,
    live: input.live,
    nameOf: input.nameOf,
  });
  return { plan, writes, complete: reaches(timeline.reached, Y.encodeStateVector(input.live)) };
}

/** Every client's clock in `live` is within `reached`. */
function reaches(reached: Uint8Array, live: Uint8Array): boolean {
  const got = Y.decodeStateVector(reached);
  for (const [client, clock] of Y.decodeStateVector(live)) if ((got.get(client) ?? 0) < clock) return false;
  return true;
}

/**
 * Plans and applies in one synchronous step, so the plan is exactly what is written (nothing can
 * reach the live doc in between); the write is one transaction attributed to `by` (the facilitator).
 */
export function revertPerson(input: RevertInput, by: PersonOrigin): RevertPlan {
  const { plan, writes, complete } = planRevert(input);
  if (!complete) throw new Error('the edit log does not reach the live map: the revert would be partial');
  applyRevert(input.live, writes, by);
  return plan;
}
