import { useRef, useState, type ChangeEvent } from 'react';
import { parseMapJson, type MapFile } from '../../../model/export';
import { errorMessage } from '../../api/ApiError';
import { replaceWithFile } from '../../api/historyApi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { showToast } from '../../ui/toasts';
import { useSession } from '../EditorContext';
import { notifyVersionsChanged } from './versionsChanged';

/** Far above any real map file; stops a wrong pick from freezing the tab (as on the maps page). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface Picked {
  readonly name: string;
  readonly file: MapFile;
}

/**
 * "Replace with a file…" (editors): import a map file over this map. The file is checked here first
 * (a bad one is refused at once, with what is wrong), then confirmed, then the server saves a
 * safety version and replaces the content in one edit; "Undo" restores the safety version.
 */
export function ReplaceFromFile() {
  const { mapId, token } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      showToast(`“${chosen.name}” is too large to be a Journey map.`, 'error');
      return;
    }
    const parsed = parseMapJson(await chosen.text());
    if (!parsed.ok) {
      showToast(`“${chosen.name}” is not a Journey map file: ${parsed.error}`, 'error');
      return;
    }
    setError(null);
    setPicked({ name: chosen.name, file: parsed.data });
  }

  async function replace(target: Picked) {
    setPending(true);
    try {
      await replaceWithFile(mapId, token, target.file);
      setPicked(null);
      notifyVersionsChanged();
      showToast(`Replaced with “${target.name}”. To undo, restore “Before import” below.`, 'success');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className="btn btn-sm history-replace" onClick={() => input.current?.click()}>
        Replace with a file…
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Map file to import over this map"
        onChange={(e) => void pick(e)}
      />
      {picked && (
        <ConfirmDialog
          title={`Replace this map with “${picked.name}”?`}
          message="Everyone connected will see the file's map instead of this one. A safety version is saved first, so you can undo this from History."
          confirmLabel="Replace"
          pendingLabel="Replacing…"
          tone="danger"
          pending={pending}
          error={error}
          onCancel={() => setPicked(null)}
          onConfirm={() => void replace(picked)}
        />
      )}
    </>
  );
}
