import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { MapSummary } from '../api/mapsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface DeleteMapDialogProps {
  map: MapSummary;
  /** Deletes on the server; the dialog stays open with the error if that fails. */
  onDelete: (map: MapSummary) => Promise<void>;
  onClose: () => void;
}

/** Asks before moving a map to the trash, naming it: it closes for everyone at once. */
export function DeleteMapDialog({ map, onDelete, onClose }: DeleteMapDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onDelete(map);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setPending(false);
    }
  }

  return (
    <ConfirmDialog
      title={`Move “${map.title}” to the trash?`}
      message="It closes for everyone now and its share links stop working. You can restore it from the Trash below until it is deleted for good (after 30 days, unless your host set another time)."
      confirmLabel="Move to trash"
      pendingLabel="Moving…"
      pending={pending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
