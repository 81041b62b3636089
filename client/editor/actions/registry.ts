import { ADD_ACTIONS, addNotes, addStage, addTouchpoint } from './addActions';
import { CARD_ACTIONS } from './cardActions';
import { gate, mayAct } from './gate';
import { HISTORY_ACTIONS } from './historyActions';
import { LEDGER_ACTIONS } from './ledgerActions';
import { LINK_ACTIONS } from './linkActions';
import { MOVE_ACTIONS, redo, undo } from './moveActions';
import { PRESENT_ACTIONS } from './presentActions';
import type { ActionContext, EditorAction, KeyBinding, KeyLike, KeyScope, Needs } from './types';
import { fitMap, showShortcuts, VIEW_ACTIONS } from './viewActions';
import { MATRIX_ACTIONS, showMatrix } from './matrixActions';
import { FUTURE_ACTIONS } from './futureActions';

/**
 * Every user-facing editor action, declared once (one file per group). The keyboard handler tries
 * their keys in this order and the shortcuts sheet lists them in it, so a key cannot work without
 * being listed, nor be listed without working (registry.test.ts).
 */
export const EDITOR_ACTIONS: readonly EditorAction[] = [
  // First: while presenting, the arrows step slides (not cards) and Esc ends the presentation.
  ...PRESENT_ACTIONS,
  ...ADD_ACTIONS,
  // Before the card's: Shift+Enter opens a linked journey, plain Enter types on the card.
  ...LINK_ACTIONS,
  ...CARD_ACTIONS,
  ...MOVE_ACTIONS,
  // Before the view's: Esc leaves a preview before it clears a selection.
  ...HISTORY_ACTIONS,
  ...VIEW_ACTIONS,
  ...LEDGER_ACTIONS,
  ...MATRIX_ACTIONS,
  ...FUTURE_ACTIONS,
];

/** The toolbar's buttons, group by group (EditorToolbar.tsx puts a separator after `edit`). */
export const TOOLBAR = {
  edit: [addStage, addTouchpoint, ...addNotes],
  history: [undo, redo],
  view: [fitMap, showMatrix, showShortcuts],
} as const satisfies Record<string, readonly EditorAction[]>;

/**
 * Runs an action from a button or a panel: the permission gate (a refusal is shown), then its
 * `enabled` test, then perform. True when it ran.
 */
export function runAction(action: EditorAction, ctx: ActionContext): boolean {
  if (!gate(action.needs, ctx.store)) return false;
  if (action.enabled && !action.enabled(ctx)) return false;
  return action.perform?.(ctx) !== false;
}

/** What a key press did: nothing of ours, refused (this person may not), or ran a binding. */
export type KeyOutcome = { kind: 'none' } | { kind: 'refused' } | { kind: 'ran'; binding: KeyBinding };

/**
 * The keyboard's path through the registry. `capture`: the pass on the way down (the arrows);
 * `allows`: whether the key's scope holds where it was pressed (useEditorShortcuts reads the DOM).
 * The first binding whose test matches and whose action is enabled takes the key; a person who may
 * not run it is refused silently (a key is no button: the keys they have are in their sheet).
 */
export function handleKey(
  e: KeyLike,
  capture: boolean,
  ctx: ActionContext,
  allows: (scope: KeyScope) => boolean,
): KeyOutcome {
  const keyed = { ...ctx, key: e };
  for (const action of EDITOR_ACTIONS) {
    for (const binding of action.keys ?? []) {
      if (!binding.test || !!binding.capture !== capture || !binding.test(e)) continue;
      if (!allows(binding.scope ?? defaultScope(binding))) continue;
      if ((binding.when && !binding.when(keyed)) || (action.enabled && !action.enabled(keyed))) continue;
      if (!mayAct(action.needs, ctx.store.getState())) return { kind: 'refused' };
      if (action.perform?.(keyed) !== false) return { kind: 'ran', binding };
    }
  }
  return { kind: 'none' };
}

/** A Ctrl/Cmd key works anywhere outside fields; a plain key only on the canvas. */
function defaultScope(binding: KeyBinding): KeyScope {
  return binding.keys.includes('Mod') ? 'page' : 'canvas';
}

/** One row of the shortcuts sheet. */
export interface ShortcutRow {
  readonly id: string;
  readonly keys: readonly string[];
  readonly hint: string;
}

/**
 * The shortcuts sheet: every key binding of the actions this person may run (`may`: which needs
 * they meet, see gate.ts), in registry order.
 */
export function shortcutRows(may: (needs: Needs) => boolean): ShortcutRow[] {
  return EDITOR_ACTIONS.filter((a) => may(a.needs)).flatMap((action) =>
    (action.keys ?? []).map((binding, i) => ({
      id: `${action.id}:${i}`,
      keys: binding.keys,
      hint: binding.hint ?? action.label,
    })),
  );
}
