import { useId } from 'react';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

/** The map's rows, each with a switch to show or hide it (hidden lanes keep their cards). */
export function LanesSection() {
  const lanes = useEditor((s) => s.map?.lanes);
  const actions = useEditorActions();
  const headingId = useId();
  if (!lanes) return null;
  return (
    <section className="sp-section" aria-labelledby={headingId}>
      <h3 className="sp-section-title" id={headingId}>
        Lanes
      </h3>
      <ul className="sp-list">
        {lanes.map((lane) => (
          <li key={lane.id} className="sp-list-item sp-lane">
            <span className={`sp-lane-name${lane.visible ? '' : ' is-hidden'}`}>{lane.label}</span>
            <input
              type="checkbox"
              role="switch"
              className="sp-switch"
              checked={lane.visible}
              aria-label={`Show lane ${lane.label}`}
              onChange={(e) => actions.setLaneVisible(lane.id, e.target.checked)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
