import { useState } from 'react';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { SaveTemplateDialog } from './SaveTemplateDialog';

/**
 * "Save as template" beside Export, for editors: the map as saved on the server becomes a template
 * in everyone's new-map gallery. Viewers and commenters do not get it (the server refuses them too).
 */
export function SaveTemplateButton() {
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
        title="Save this map as a template in the new-map gallery, for everyone on this server"
        aria-label="Save as template"
      >
        {/* The short label below 1600 px keeps the toolbar on one row on a laptop. */}
        <span className="label-long">Save as template</span>
        <span className="label-short">Template</span>
      </button>
      {open && <SaveTemplateDialog onClose={() => setOpen(false)} />}
    </>
  );
}
