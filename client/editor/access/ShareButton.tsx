import { useState } from 'react';
import { Icon } from '../../ui/Icon';
import { useEditor } from '../EditorContext';
import { ShareDialog } from './ShareDialog';

/** "Share" in the header, for those the server lets share (editors). */
export function ShareButton() {
  const canShare = useEditor((s) => s.access.canShare);
  const [open, setOpen] = useState(false);
  if (!canShare) return null;
  return (
    <>
      <button type="button" className="btn btn-sm" onClick={() => setOpen(true)} data-testid="share-button">
        <Icon name="link" size={14} />
        Share
      </button>
      {open && <ShareDialog onClose={() => setOpen(false)} />}
    </>
  );
}
