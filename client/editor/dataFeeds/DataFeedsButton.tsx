import { useState } from 'react';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { DataFeedsDialog, type DataFeedsTab } from './DataFeedsDialog';

/**
 * "Data" in the editor's toolbar, for editors: the metrics CSV upload and the map's API tokens.
 * Viewers and commenters cannot write metrics, so they do not get it (the server refuses them too).
 */
export function DataFeedsButton() {
  const [open, setOpen] = useState(false);
  const canEdit = useCanEdit();
  const loaded = useEditor((s) => s.map !== null);
  if (!canEdit) return null;
  return (
    <>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => setOpen(true)}
        disabled={!loaded}
        aria-label="Data: import metrics, API tokens"
        title="Import metrics from a CSV file, or create API tokens for survey tools"
      >
        Data
      </button>
      {open && <DataFeedsDialog onClose={() => setOpen(false)} />}
    </>
  );
}

/** The touchpoint panel's way in: "Import metrics CSV…" in its VoC section, for editors. */
export function ImportMetricsButton({ tab = 'csv' }: { tab?: DataFeedsTab }) {
  const [open, setOpen] = useState(false);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  return (
    <>
      <button type="button" className="btn btn-ghost btn-sm df-voc-import" onClick={() => setOpen(true)}>
        Import metrics CSV…
      </button>
      {open && <DataFeedsDialog initialTab={tab} onClose={() => setOpen(false)} />}
    </>
  );
}
