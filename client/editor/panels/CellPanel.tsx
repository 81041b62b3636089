import { NOTE_KIND_TRAITS, noteKindOfLane } from '../../../model';
import { useEditor } from '../EditorContext';

/**
 * A selected cell (an empty spot of a lane in a stage): where it is, and what pasting there does
 * (useClipboard.ts), so the person learns it where they need it.
 */
export function CellPanel({ stageId, laneId }: { stageId: string; laneId: string }) {
  const stage = useEditor((s) => s.map?.stages.find((st) => st.id === stageId));
  const lane = useEditor((s) => s.map?.lanes.find((l) => l.id === laneId));
  if (!stage || !lane) return null;
  const noteKind = noteKindOfLane(lane.kind);
  const item = noteKind ? NOTE_KIND_TRAITS[noteKind].noun : 'card';
  return (
    <div className="sp-content" data-testid="cell-panel">
      <section className="sp-section">
        <p className="sp-context">
          <strong>{stage.name}</strong> · {lane.label}
        </p>
        <ul className="sp-cell-hints">
          <li>
            <kbd className="kbd">Ctrl</kbd> <kbd className="kbd">V</kbd> pastes copied cards here, or one{' '}
            {item} per line of text.
          </li>
          <li>Double-click the cell to add a {item}.</li>
        </ul>
      </section>
    </div>
  );
}
