import { register } from './register';
import type { KeyLike } from './types';

/**
 * Ctrl/Cmd+\ folds or unfolds the side panel (the key Figma uses to hide its panels). With a
 * modifier it types nothing into a field, so it works while typing too; no other editor key uses
 * it. `code` catches layouts where the key in that place prints another character.
 */
const isPanelKey = (e: KeyLike): boolean =>
  (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === '\\' || e.code === 'Backslash');

/** Keys and buttons that change no map: every role has them. */
export const clearSelection = register({
  id: 'clearSelection',
  label: 'Clear the selection',
  needs: 'nothing',
  // The in-place text field takes Escape first (text/useInPlaceText) to take back the typing.
  keys: [
    {
      keys: ['Esc'],
      hint: 'Take back your typing, or clear the selection',
      test: (e) => e.key === 'Escape',
      keepDefault: true,
    },
  ],
  perform: (ctx) => ctx.actions.select(null),
});

export const togglePanel = register({
  id: 'togglePanel',
  label: 'Hide or show the side panel',
  needs: 'nothing',
  keys: [{ keys: ['Mod', '\\'], test: isPanelKey, scope: 'anywhere' }],
  perform: (ctx) => ctx.screen.togglePanel(),
});

export const showShortcuts = register({
  id: 'showShortcuts',
  label: 'Keyboard shortcuts',
  needs: 'nothing',
  toolbar: { text: '?', className: 'btn btn-sm btn-ghost' },
  keys: [{ keys: ['?'], hint: 'Show these shortcuts', test: (e) => e.key === '?' }],
  perform: (ctx) => ctx.actions.showShortcuts(true),
});

/** Its accessible name is its text, "Fit". */
export const fitMap = register({
  id: 'fitMap',
  label: 'Fit',
  needs: 'nothing',
  toolbar: { text: 'Fit', className: 'btn btn-sm btn-ghost', tip: 'Fit map to screen' },
  perform: (ctx) => ctx.screen.fit(),
});

export const VIEW_ACTIONS = [clearSelection, togglePanel, showShortcuts, fitMap];
