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
      aria-label="Failure demand"
      title="Failure demand: avoidable contacts into the hubs and their causes (Shift+F)"
      onClick={() => actions.showLedger(!open)}
    >
      <span className="unowned-long">Failure demand</span>
      <span className="unowned-short">Failure</span>
    </button>
  );
}
