import { useEditor, useSession } from '../EditorContext';

/**
 * The table view on or off (the canvas otherwise): two views of the same map, this tab's choice
 * only. One toggle beside Hubs and History, so the header keeps its two rows at 1024 px.
 */
export function ViewSwitch() {
  const { store } = useSession();
  const table = useEditor((s) => s.view === 'table');
  return (
    <button
      type="button"
      className={`btn btn-sm${table ? ' is-active' : ''}`}
      aria-pressed={table}
      title={table ? 'Back to the canvas' : 'The map as a table: sort, filter, edit in place'}
      onClick={() => store.setState({ view: table ? 'canvas' : 'table' })}
    >
      Table
    </button>
  );
}
