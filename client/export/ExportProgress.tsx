/** Shown only when an export takes more than a moment: what it is doing, how far, and a way out. */
export function ExportProgress({
  fraction,
  label,
  onCancel,
}: {
  fraction: number;
  label: string;
  onCancel: () => void;
}) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="export-progress" data-testid="export-progress">
      <div className="export-progress-text">
        <span>{label}</span>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>
          Cancel export
        </button>
      </div>
      <div
        className="export-progress-track"
        role="progressbar"
        aria-label="Export progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="export-progress-bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
