import { useState } from 'react';
import { useEditor } from '../editor/EditorContext';
import { ExportDialog } from './ExportDialog';

/** The toolbar's Export button and the dialog it opens (disabled until the map has loaded). */
export function ExportButton() {
  const map = useEditor((s) => s.map);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => setOpen(true)}
        disabled={!map}
        title="Export as PNG, SVG, PDF, JSON or CSV"
        aria-label="Export"
      >
        Export
      </button>
      {open && map && <ExportDialog map={map} onClose={() => setOpen(false)} />}
    </>
  );
}
