import { useMemo } from 'react';
import { useEditor } from '../EditorContext';
import { shortcutRows } from '../actions/registry';
import { isMac, keyCaps } from '../actions/keyCaps';
import { mayAct, NEEDS } from '../actions/gate';

/**
 * The editor's keyboard shortcuts, generated from the actions' registry (actions/registry.ts), so
 * every key that works is listed and only those this person may use. Shown in the map overview
 * and, untitled, in the "?" sheet.
 */
export function ShortcutsList({ titled = true }: { titled?: boolean }) {
  // The rows depend only on which needs this person meets (a string, so a role change re-renders).
  const met = useEditor((s) => NEEDS.filter((n) => mayAct(n, s)).join(' '));
  const rows = useMemo(() => shortcutRows((n) => met.split(' ').includes(n)), [met]);
  const mac = isMac();
  return (
    <section className="sp-section" aria-label="Keyboard shortcuts">
      {titled && <h3 className="sp-section-title">Shortcuts</h3>}
      <dl className="sp-shortcuts">
        {rows.map(({ id, keys, hint }) => (
          <div key={id} className="sp-shortcut">
            <dt>
              {keyCaps(keys, mac).map((k, i) => (
                <kbd key={`${k}:${i}`} className="kbd">
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{hint}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
