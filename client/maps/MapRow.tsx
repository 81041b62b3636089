import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { MapSummary } from '../api/mapsApi';
import { Link } from '../app/Link';
import { mapPath } from '../app/router';
import { Icon } from '../ui/Icon';
import { formatFullDate, relativeTime } from '../ui/relativeTime';
import { showToast } from '../ui/toasts';
import { MapDigestLine } from './MapDigestLine';
import { MapTile } from './MapTile';
import { MapTitleInput } from './MapTitleInput';

interface MapRowProps {
  map: MapSummary;
  /** Shared clock from the list, so every row's "Edited …" ticks together. */
  now: number;
  /** Just created by Duplicate: briefly highlighted so the eye finds it. */
  isNew: boolean;
  onRename: (map: MapSummary, title: string) => Promise<void>;
  onDuplicate: (map: MapSummary) => Promise<void>;
  onDelete: (map: MapSummary) => void;
}

/** One map in the list: its title (opens it), when it was last edited, and what can be done to it. */
export function MapRow({ map, now, isNew, onRename, onDuplicate, onDelete }: MapRowProps) {
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [duplicating, setDuplicating] = useState(false);
  const titleRef = useRef<HTMLAnchorElement>(null);
  const refocusTitle = useRef(false);
  const title = map.title.trim() || 'Untitled journey';

  useEffect(() => {
    if (!editing && refocusTitle.current) {
      refocusTitle.current = false;
      titleRef.current?.focus();
    }
  }, [editing]);

  async function finishRename(next: string | null, byKeyboard: boolean) {
    refocusTitle.current = byKeyboard;
    setEditing(false);
    const trimmed = next?.trim();
    // An emptied field means "never mind", like Escape: a map always keeps a title.
    if (!trimmed || trimmed === map.title) return;
    setSaving(true);
    try {
      await onRename(map, trimmed);
    } catch (error) {
      showToast(`Could not rename the map. ${errorMessage(error)}`, 'error');
    } finally {
      setSaving(false);
    }
  }

  async function duplicate() {
    setDuplicating(true);
    try {
      await onDuplicate(map);
    } finally {
      setDuplicating(false);
    }
  }

  return (
    <li className={`map-row${isNew ? ' is-new' : ''}${editing ? ' is-editing' : ''}`} data-testid="map-row">
      <MapTile id={map.id} title={title} />
      <div className="map-row-main">
        {editing ? (
          <MapTitleInput
            initialTitle={map.title}
            onDone={(next, byKeyboard) => void finishRename(next, byKeyboard)}
          />
        ) : (
          <Link ref={titleRef} to={mapPath(map.id)} className="map-row-title" data-testid="map-title">
            {title}
          </Link>
        )}
        <p className="map-row-meta">
          <time dateTime={new Date(map.updatedAt).toISOString()} title={formatFullDate(map.updatedAt)}>
            Edited {relativeTime(map.updatedAt, now)}
          </time>
          {saving && <span className="map-row-status"> · Saving…</span>}
          {duplicating && <span className="map-row-status"> · Duplicating…</span>}
        </p>
        {map.digest && <MapDigestLine digest={map.digest} now={now} />}
      </div>
      <div className="map-row-actions">
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label="Rename"
          title="Rename"
          disabled={editing || saving}
          onClick={() => setEditing(true)}
        >
          <Icon name="pencil" />
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label="Duplicate"
          title="Duplicate"
          disabled={duplicating}
          aria-busy={duplicating || undefined}
          onClick={() => void duplicate()}
        >
          <Icon name="copy" />
        </button>
        {map.canDelete !== false && (
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-icon-danger"
            aria-label="Move to trash"
            title="Move to trash"
            onClick={() => onDelete(map)}
          >
            <Icon name="trash" />
          </button>
        )}
        <Link to={mapPath(map.id)} className="btn btn-sm map-row-open">
          Open
          <Icon name="arrowRight" size={14} />
        </Link>
      </div>
    </li>
  );
}
