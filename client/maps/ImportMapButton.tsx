import { useRef, useState, type ChangeEvent } from 'react';
import { parseMapJson } from '../../model/export';
import { errorMessage } from '../api/ApiError';
import { importMap } from '../api/importApi';
import { mapPath, navigate } from '../app/router';
import { rememberCreatedMap } from '../editor/facilitation/createdMapFlag';
import { Dialog } from '../ui/Dialog';
import { showToast } from '../ui/toasts';

/** Far above any real map file (a 200-card map is ~150 kB); stops a wrong pick from freezing the tab. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface ImportError {
  readonly fileName: string;
  readonly message: string;
}

/**
 * "Import": pick a Journey map file (JSON export), check it here with the model's validators so a
 * bad file is refused at once with what is wrong, then create the map on the server, which checks
 * it again and creates it whole. Nothing is created unless the file is valid.
 */
export function ImportMapButton() {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ImportError | null>(null);

  async function importFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setError({ fileName: file.name, message: 'The file is too large to be a Journey map.' });
      return;
    }
    const parsed = parseMapJson(await file.text());
    if (!parsed.ok) {
      setError({ fileName: file.name, message: parsed.error });
      return;
    }
    setPending(true);
    try {
      const map = await importMap(parsed.data);
      // Like a map made with "New map", the person who imported it holds its facilitator seat.
      rememberCreatedMap(map.id);
      showToast(`Imported “${map.title}”`, 'success');
      navigate(mapPath(map.id));
    } catch (err) {
      setError({ fileName: file.name, message: errorMessage(err) });
      setPending(false);
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) void importFile(file);
  }

  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => input.current?.click()}
        disabled={pending}
        title="Create a map from a Journey map file (.json)"
      >
        {pending ? 'Importing…' : 'Import'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file"
        onChange={onChange}
      />
      {error && (
        <Dialog
          title="This file cannot be imported"
          description={error.fileName}
          size="sm"
          onClose={() => setError(null)}
          footer={
            <button type="button" className="btn btn-primary" onClick={() => setError(null)}>
              OK
            </button>
          }
        >
          <p className="ui-dialog-error" role="alert" data-testid="import-error">
            {error.message}
          </p>
          <p className="import-nothing">No map was created.</p>
        </Dialog>
      )}
    </>
  );
}
