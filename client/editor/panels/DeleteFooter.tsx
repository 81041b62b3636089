/** The destructive action at the bottom of a panel, with the Delete key it shares. */
export function DeleteFooter({ label, onDelete }: { label: string; onDelete: () => void }) {
  return (
    <div className="sp-footer">
      <button type="button" className="btn sp-danger-btn" aria-keyshortcuts="Delete" onClick={onDelete}>
        {label}
        <span className="kbd" aria-hidden="true">
          Del
        </span>
      </button>
    </div>
  );
}
