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

/** Asks before deleting a map, naming it, since nothing brings it back. */
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
      title={`Delete “${map.title}”?`}
      message="This cannot be undone. The map and everything on it are removed for everyone."
      confirmLabel="Delete"
      pendingLabel="Deleting…"
      pending={pending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    />
  );
}
