const SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; what: string }> = [
  { keys: ['N'], what: 'Add a touchpoint' },
  { keys: ['S'], what: 'Add a stage' },
  { keys: ['Ctrl', 'D'], what: 'Duplicate the selected card or note' },
  { keys: ['←', '→'], what: 'Move the selection one slot (or stage)' },
  { keys: ['↑', '↓'], what: 'Move the selection a row in its cell, then to the next card lane' },
  { keys: ['Delete'], what: 'Delete the selection' },
  { keys: ['Ctrl', 'Z'], what: 'Undo your last edit' },
  { keys: ['Ctrl', 'Shift', 'Z'], what: 'Redo' },
  { keys: ['Double-click'], what: 'Add a card in a cell' },
  { keys: ['F2'], what: 'Rename the selected stage' },
  { keys: ['Esc'], what: 'Clear the selection' },
  { keys: ['?'], what: 'Show these shortcuts' },
];

/**
 * The editor's keyboard shortcuts (handled in useEditorShortcuts); Ctrl is Cmd on a Mac. Shown in
 * the map overview and, untitled, in the "?" sheet.
 */
export function ShortcutsList({ titled = true }: { titled?: boolean }) {
  return (
    <section className="sp-section" aria-label="Keyboard shortcuts">
      {titled && <h3 className="sp-section-title">Shortcuts</h3>}
      <dl className="sp-shortcuts">
        {SHORTCUTS.map(({ keys, what }) => (
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
