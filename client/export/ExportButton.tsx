import { useState } from 'react';
import { useEditor } from '../editor/EditorContext';
import { exportedVersion } from '../editor/history/versionLabels';
import { ExportDialog } from './ExportDialog';

/**
 * The toolbar's Export button and the dialog it opens (disabled until the map has loaded). While a
 * version is previewed (History), it exports that version, named after it.
 */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  // The map only while the dialog is open: closed, the button does not render on every edit.
  const loaded = useEditor((s) => s.map !== null);
  const map = useEditor((s) => (open ? (s.preview?.map ?? s.map) : null));
  const version = useEditor((s) => (open ? (s.preview?.version ?? null) : null));
  const variant = useEditor((s) => s.variantView);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm"
        onClick={() => setOpen(true)}
        disabled={!loaded}
        title="Export as PNG, SVG, PDF, JSON, CSV or Excel"
        aria-label="Export"
      >
        Export
      </button>
      {open && map && (
        <ExportDialog
          map={map}
          version={version ? exportedVersion(version) : undefined}
          onClose={() => setOpen(false)}
          initialVariant={variant}
        />
      )}
    </>
  );
}
