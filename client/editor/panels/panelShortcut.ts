/** Shown in the shortcuts sheet and the toggle's tooltip; Ctrl is Cmd on a Mac. */
export const PANEL_SHORTCUT_KEYS = ['Ctrl', '\\'] as const;

/**
 * Ctrl/Cmd+\ folds or unfolds the side panel (the key Figma uses to hide its panels). With a
 * modifier it types nothing into a field, so it works while typing too; no other editor key uses
 * it. `code` catches layouts where the key in that place prints another character.
 */
export function isPanelShortcut(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === '\\' || e.code === 'Backslash');
}
