import { useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { saveVersion, VERSION_NAME_MAX } from '../../api/historyApi';
import { showToast } from '../../ui/toasts';
import { useSession } from '../EditorContext';
import { notifyVersionsChanged } from './versionsChanged';

/**
 * "Save version…" (editors): a name, Enter saves, Esc cancels. The server keeps named versions for
 * ever and decides who may save; a refusal is shown beside the field.
 */
export function SaveVersionForm() {
  const { mapId, token } = useSession();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setName('');
    setError(null);
  };

  async function save() {
    const trimmed = name.trim();
    if (!trimmed || pending) return;
    setPending(true);
    setError(null);
    try {
      await saveVersion(mapId, token, trimmed);
      showToast(`Saved “${trimmed}”`, 'success');
      notifyVersionsChanged();
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="btn btn-sm history-save"
        data-testid="history-save"
        onClick={() => setOpen(true)}
      >
        Save version…
      </button>
    );
  }
  return (
    <form
      className="history-save-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <input
        className="input"
        aria-label="Version name"
        placeholder="Name this version, e.g. Before workshop"
        autoFocus
        maxLength={VERSION_NAME_MAX}
        value={name}
        disabled={pending}
        data-testid="history-save-name"
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          // Esc cancels the form, not the preview or the selection behind it.
          e.preventDefault();
          e.stopPropagation();
          close();
        }}
      />
      <div className="history-save-actions">
        <button type="button" className="btn btn-sm" onClick={close} disabled={pending}>
          Cancel
        </button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={pending || !name.trim()}>
          {pending ? 'Saving…' : 'Save'}
        </button>
      </div>
      {error && (
        <p className="history-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
