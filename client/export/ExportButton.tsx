import { useState } from 'react';
import { useEditor } from '../editor/EditorContext';
import { ExportDialog } from './ExportDialog';

/** The toolbar's Export button and the dialog it opens (disabled until the map has loaded). */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  // The map only while the dialog is open: closed, the button does not render on every edit.
  const loaded = useEditor((s) => s.map !== null);
  const map = useEditor((s) => (open ? s.map : null));
  return (
    <>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => setOpen(true)}
        disabled={!loaded}
        title="Export as PNG, SVG, PDF, JSON or CSV"
        aria-label="Export"
      >
        Export
      </button>
      {open && map && <ExportDialog map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
