import { useCanEdit } from '../access/useAccess';
import { PANEL_SHORTCUT_KEYS } from './panelShortcut';

/** `view`: the key changes no map, so commenters and viewers see it too; the rest edit. */
const SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; what: string; view?: true }> = [
  { keys: ['N'], what: 'Add a touchpoint (type its title straight away)' },
  { keys: ['Double-click'], what: 'Add a card in a cell, or type on a card' },
  { keys: ['S'], what: 'Add a stage (with no card selected)' },
  { keys: ['Enter'], what: 'Type on the selected card (Enter again keeps it)' },
  { keys: ['F2'], what: 'Type on the selected card, or rename the stage' },
  { keys: ['Tab'], what: 'While typing on a card: title → channel → emotion → next card' },
  { keys: ['P', 'W', 'C', '…'], what: 'Selected card: channel by its initial (again to cycle)' },
  { keys: ['-2', '…', '+2'], what: 'Selected card: emotion' },
  { keys: ['Ctrl', 'D'], what: 'Duplicate the selected card or note' },
  { keys: ['Ctrl', 'C'], what: 'Copy the selected cards and notes' },
  { keys: ['Ctrl', 'V'], what: 'Paste into the clicked cell (text: a card per line)' },
  { keys: ['←', '→'], what: 'Move the selection one slot (or stage)' },
  { keys: ['↑', '↓'], what: 'Move the selection a row in its cell, then to the next card lane' },
  { keys: ['Delete'], what: 'Delete the selection' },
  { keys: ['Ctrl', 'Z'], what: 'Undo your last edit' },
  { keys: ['Ctrl', 'Shift', 'Z'], what: 'Redo (also Ctrl+Y)' },
  { keys: ['Esc'], what: 'Take back your typing, or clear the selection', view: true },
  { keys: PANEL_SHORTCUT_KEYS, what: 'Hide or show the side panel', view: true },
  { keys: ['?'], what: 'Show these shortcuts', view: true },
];

/**
 * The editor's keyboard shortcuts (handled in useEditorShortcuts); Ctrl is Cmd on a Mac. Shown in
 * the map overview and, untitled, in the "?" sheet.
 */
export function ShortcutsList({ titled = true }: { titled?: boolean }) {
  const canEdit = useCanEdit();
  return (
    <section className="sp-section" aria-label="Keyboard shortcuts">
      {titled && <h3 className="sp-section-title">Shortcuts</h3>}
      <dl className="sp-shortcuts">
        {SHORTCUTS.filter((s) => canEdit || s.view).map(({ keys, what }) => (
          <div key={what} className="sp-shortcut">
            <dt>
              {keys.map((k) => (
                <kbd key={k} className="kbd">
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
