import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { MapSummary, TrashedMap } from '../api/mapsApi';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Icon } from '../ui/Icon';
import { formatFullDate, relativeTime } from '../ui/relativeTime';
import { showToast } from '../ui/toasts';
import { useNow } from '../ui/useNow';
import type { Trash } from './useTrash';

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * The maps this person moved to the trash: restore one, or delete it for good before the server
 * does. Only the owner (or the admin) sees a map here.
 */
export function TrashSection({ trash, onRestored }: { trash: Trash; onRestored: (map: MapSummary) => void }) {
  const now = useNow();
  const [forever, setForever] = useState<TrashedMap | null>(null);
  const [pending, setPending] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function restore(map: TrashedMap) {
    setBusyId(map.id);
    try {
      onRestored(await trash.restore(map));
      showToast(`Restored “${map.title}”`, 'success');
    } catch (error) {
      showToast(`Could not restore the map. ${errorMessage(error)}`, 'error');
    } finally {
      setBusyId(null);
    }
  }

  async function deleteForGood(map: TrashedMap) {
    setPending(true);
    setConfirmError(null);
    try {
      await trash.deleteForever(map);
      setForever(null);
      showToast(`Deleted “${map.title}” for good`, 'success');
    } catch (error) {
      setConfirmError(errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  const maps = trash.maps ?? [];
  return (
    <section className="trash-card" aria-labelledby="trash-heading" data-testid="trash">
      <div className="map-list-header">
        <h2 id="trash-heading" className="map-list-count">
          Trash
        </h2>
        <span className="map-list-sort">Maps you deleted, kept until the date shown</span>
      </div>
      {trash.error && (
        <p className="trash-empty" role="alert">
          Could not load the trash. {trash.error}
        </p>
      )}
      {!trash.error && trash.maps !== null && maps.length === 0 && (
        <p className="trash-empty" data-testid="trash-empty">
          The trash is empty. Maps you move here can be restored until they are deleted for good.
        </p>
      )}
      {maps.length > 0 && (
        <ul className="map-list" aria-label="Trash">
          {maps.map((map) => (
            <li key={map.id} className="map-row trash-row" data-testid="trash-row">
              <span className="trash-icon" aria-hidden="true">
                <Icon name="trash" />
              </span>
              <div className="map-row-main">
                <span className="map-row-title trash-title">{map.title.trim() || 'Untitled journey'}</span>
                <p className="map-row-meta">
                  <span title={formatFullDate(map.deletedAt)}>
                    Moved here {relativeTime(map.deletedAt, now)}
                  </span>
                  {' · '}
                  <span title={formatFullDate(map.purgeAt)}>
                    deleted for good {dateOnly.format(map.purgeAt)}
                  </span>
                </p>
              </div>
              <div className="map-row-actions">
                <button
                  type="button"
                  className="btn btn-sm"
                  disabled={busyId === map.id}
                  aria-busy={busyId === map.id || undefined}
                  onClick={() => void restore(map)}
                >
                  Restore
                </button>
                <button
                  type="button"
                  className="btn btn-sm trash-delete"
                  onClick={() => {
                    setConfirmError(null);
                    setForever(map);
                  }}
                >
                  Delete forever
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {forever && (
        <ConfirmDialog
          title={`Delete “${forever.title}” for good?`}
          message="This cannot be undone. The map, its comments and its share links are removed."
          confirmLabel="Delete forever"
          pendingLabel="Deleting…"
          pending={pending}
          error={confirmError}
          onConfirm={() => void deleteForGood(forever)}
          onCancel={() => setForever(null)}
        />
      )}
    </section>
  );
}
