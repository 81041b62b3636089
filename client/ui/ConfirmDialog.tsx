import type { ReactNode } from 'react';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  /** The question, e.g. "Delete “Onboarding”?" */
  title: ReactNode;
  /** What happens if confirmed, e.g. "This cannot be undone." */
  message?: ReactNode;
  confirmLabel?: string;
  /** Shown on the confirm button while `pending`, e.g. "Deleting…". */
  pendingLabel?: string;
  cancelLabel?: string;
  /** Destructive actions get the red button. */
  tone?: 'danger' | 'primary';
  pending?: boolean;
  /** A failure to show inside the dialog, so the person can retry or cancel. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Are you sure?" for destructive or irreversible actions. Cancel gets the initial focus, so a
 * stray Enter never destroys anything.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel = 'Delete',
  pendingLabel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      description={message}
      size="sm"
      onClose={onCancel}
      dismissible={!pending}
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel} disabled={pending} data-autofocus>
            {cancelLabel}
          </button>
          <button
            type="button"
            className={`btn ${tone === 'danger' ? 'btn-danger' : 'btn-primary'}`}
            onClick={onConfirm}
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {pending ? (pendingLabel ?? `${confirmLabel}…`) : confirmLabel}
          </button>
        </>
      }
    >
      {error ? (
        <p className="ui-dialog-error" role="alert">
          {error}
        </p>
      ) : undefined}
    </Dialog>
  );
}
