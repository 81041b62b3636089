import { useEditor, useSession } from '../EditorContext';
import type { EditorState } from '../store/editorStore';

const VIEWS: { view: EditorState['view']; label: string }[] = [
  { view: 'canvas', label: 'Canvas' },
  { view: 'table', label: 'Table' },
];

/** Canvas or Table: two views of the same map, this tab's choice only. */
export function ViewSwitch() {
  const { store } = useSession();
  const view = useEditor((s) => s.view);
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          className="btn btn-sm"
          aria-pressed={view === v.view}
          onClick={() => store.setState({ view: v.view })}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
