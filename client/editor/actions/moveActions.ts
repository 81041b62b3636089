import type { NudgeDirection } from '../../../model';
import { modKey, plainKey, register } from './register';
import type { KeyLike } from './types';

const ARROWS: Record<string, NudgeDirection | undefined> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};
const arrow = (e: KeyLike): NudgeDirection | undefined => (e.shiftKey ? undefined : ARROWS[e.key]);

/** Arrow keys: one slot, row, lane or stage along, one move command (so one undo step) a press. */
export const nudgeSelection = register({
  id: 'nudgeSelection',
  label: 'Move the selection',
  needs: 'editor',
  keys: [
    {
      keys: ['←', '→'],
      hint: 'Move the selection one slot (or stage)',
      test: (e) => arrow(e) === 'left' || arrow(e) === 'right',
      capture: true,
    },
    {
      keys: ['↑', '↓'],
      hint: 'Move the selection a row in its cell, then to the next card lane',
      test: (e) => arrow(e) === 'up' || arrow(e) === 'down',
      capture: true,
    },
  ],
  enabled: (ctx) => ctx.store.getState().selection !== null,
  perform(ctx) {
    const direction = ctx.key && arrow(ctx.key);
    if (direction) ctx.actions.nudgeSelection(direction);
  },
});

/** Delete or Backspace: a stage asks first (its dialog), anything else goes at once. */
export const deleteSelection = register({
  id: 'deleteSelection',
  label: 'Delete the selection',
  needs: 'editor',
  keys: [{ keys: ['Delete'], test: plainKey('Delete', 'Backspace'), keepDefault: true }],
  perform(ctx) {
    const sel = ctx.store.getState().selection;
    if (sel?.kind === 'stage') ctx.actions.askDeleteStage(sel.id);
    else ctx.actions.deleteSelection();
  },
});

/** Own edits only (one Y.UndoManager per tab, LOCAL_ORIGIN). */
export const undo = register({
  id: 'undo',
  label: 'Undo',
  needs: 'editor',
  toolbar: {
    text: '↶',
    className: 'btn btn-sm btn-ghost',
    tip: 'Undo your last change',
    disabled: (s) => !s.canUndo,
  },
  keys: [{ keys: ['Mod', 'Z'], hint: 'Undo your last edit', test: modKey('z', false) }],
  perform: (ctx) => ctx.actions.undo(),
});

export const redo = register({
  id: 'redo',
  label: 'Redo',
  needs: 'editor',
  toolbar: {
    text: '↷',
    className: 'btn btn-sm btn-ghost',
    disabled: (s) => !s.canRedo,
  },
  keys: [
    { keys: ['Mod', 'Shift', 'Z'], test: modKey('z', true) },
    { keys: ['Mod', 'Y'], test: modKey('y') },
  ],
  perform: (ctx) => ctx.actions.redo(),
});

export const MOVE_ACTIONS = [nudgeSelection, deleteSelection, undo, redo];
