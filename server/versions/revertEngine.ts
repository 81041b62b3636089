import type * as Y from 'yjs';
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

/** The preview: what reverting the window's person would do, without writing anything. */
export function planRevert(input: RevertInput): { plan: RevertPlan; writes: RevertWrites } {
  const timeline = replayEdits(input.base, input.edits, input.window);
  return buildRevertPlan({ timeline, window: input.window, live: input.live, nameOf: input.nameOf });
}

/**
 * Plans and applies in one synchronous step, so the plan is exactly what is written (nothing can
 * reach the live doc in between); the write is one transaction attributed to `by` (the facilitator).
 */
export function revertPerson(input: RevertInput, by: PersonOrigin): RevertPlan {
  const { plan, writes } = planRevert(input);
  applyRevert(input.live, writes, by);
  return plan;
}
