import { useEditor } from '../../EditorContext';
import { useEditorActions } from '../../useEditorActions';

/** The header's way into the "Failure demand" report (also Shift+F, actions/ledgerActions.ts). */
export function LedgerButton() {
  const open = useEditor((s) => s.ledgerOpen);
  const actions = useEditorActions();
  return (
    <button
      type="button"
      className={`btn btn-sm${open ? ' is-active' : ''}`}
      aria-pressed={open}
      data-testid="ledger-button"
      title="Failure demand: avoidable contacts into the hubs and their causes (Shift+F)"
      onClick={() => actions.showLedger(!open)}
    >
      Failure demand
    </button>
  );
}
