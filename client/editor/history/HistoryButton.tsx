import { useEditor, useSession } from '../EditorContext';
import { isMac, keyText } from '../actions/keyCaps';
import { toggleHistory } from '../actions/historyActions';
import { showHistory } from '../store/historyView';

/** The header's way into the History panel (also Ctrl/Cmd+Alt+Shift+H). */
export function HistoryButton() {
  const { store } = useSession();
  const open = useEditor((s) => s.historyOpen);
  const key = toggleHistory.keys[0].keys;
  return (
    <button
      type="button"
      className={`btn btn-sm${open ? ' is-active' : ''}`}
      aria-label="History"
      aria-pressed={open}
      data-testid="history-button"
      title={`Version history: preview, compare and restore earlier versions (${keyText(key, isMac())})`}
      onClick={() => showHistory(store, !open)}
    >
      ⟲ History
    </button>
  );
}
