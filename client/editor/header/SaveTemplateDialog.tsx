import { useId, useState } from 'react';
import { MAP_INFO_MAX_LENGTH } from '../../../model';
import { errorMessage } from '../../api/ApiError';
import { saveTemplateWithToken } from '../../maps/gallery/templatesRequests';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';
import { useEditor, useSession } from '../EditorContext';

const SUMMARY_MAX = 1000;

/**
 * Names the template (the map's title to start with) and says what it is for; the server copies the
 * map's content as saved there (no comments, votes or workshop state) into the gallery.
 */
export function SaveTemplateDialog({ onClose }: { onClose: () => void }) {
  const { mapId, token } = useSession();
  const mapTitle = useEditor((s) => s.map?.info.title ?? '');
  const [name, setName] = useState(mapTitle);
  const [summary, setSummary] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const summaryId = useId();
  const trimmed = name.trim();

  async function save() {
    if (pending) return;
    if (!trimmed) {
      setError('Give the template a name.');
      return;
    }
    setPending(true);
    setError(null);
    try {
      const text = summary.trim();
      await saveTemplateWithToken({ mapId, name: trimmed, ...(text ? { summary: text } : {}) }, token);
      showToast(`Saved “${trimmed}” as a template: it is in the New map gallery`, 'success');
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setPending(false);
    }
  }

  return (
    <Dialog
      title="Save as template"
      description="Everyone on this server can start a new map from it. Comments, votes and workshop state stay behind."
      onClose={onClose}
      onSubmit={() => void save()}
      dismissible={!pending}
      size="sm"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={pending}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {pending ? 'Saving…' : 'Save template'}
          </button>
        </>
      }
    >
      <div className="form-field">
        <label className="field-label" htmlFor={nameId}>
          Name
        </label>
        <input
          id={nameId}
          className="input"
          value={name}
          maxLength={MAP_INFO_MAX_LENGTH.title}
          autoComplete="off"
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="form-field">
        <label className="field-label" htmlFor={summaryId}>
          Summary
        </label>
        <textarea
          id={summaryId}
          className="input"
          rows={3}
          value={summary}
          maxLength={SUMMARY_MAX}
          placeholder="What is this journey for? Shown on its card in the gallery."
          onChange={(event) => setSummary(event.target.value)}
        />
      </div>
      {error && (
        <p className="ui-dialog-error" role="alert">
          Could not save the template. {error}
        </p>
      )}
    </Dialog>
  );
}
