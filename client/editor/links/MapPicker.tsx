import { useEffect, useId, useMemo, useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { listMaps, type MapSummary } from '../../api/mapsApi';

type ListState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; maps: MapSummary[] };

/** Most a search shows at once; typing narrows it. */
const SHOWN = 8;

/**
 * Picks a map to link: the maps this person can see (the maps list), searchable by title, without
 * the open map. Enter in the search picks the first match; Escape cancels.
 */
export function MapPicker({
  exclude,
  onPick,
  onCancel,
}: {
  exclude: string;
  onPick: (map: MapSummary) => void;
  onCancel: () => void;
}) {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [query, setQuery] = useState('');
  const [attempt, setAttempt] = useState(0);
  const searchId = useId();
  useEffect(() => {
    const ctrl = new AbortController();
    listMaps(ctrl.signal).then(
      (maps) => setState({ status: 'ready', maps }),
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: 'error', message: errorMessage(error) });
      },
    );
    return () => ctrl.abort();
  }, [attempt]);
  const matches = useMemo(() => {
    if (state.status !== 'ready') return [];
    const q = query.trim().toLocaleLowerCase();
    return state.maps.filter((m) => m.id !== exclude && (!q || m.title.toLocaleLowerCase().includes(q)));
  }, [state, query, exclude]);

  return (
    <div className="map-picker" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onCancel())}>
      <label className="field-label" htmlFor={searchId}>
        Link a map
      </label>
      <input
        id={searchId}
        className="input"
        type="search"
        placeholder="Search maps by title"
        value={query}
        autoFocus
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) {
            e.preventDefault();
            onPick(matches[0]);
          }
        }}
      />
      {state.status === 'loading' && <p className="sp-empty">Loading maps…</p>}
      {state.status === 'error' && (
        <p className="sp-hint is-error" role="alert">
          Could not load the maps. {state.message}{' '}
          <button type="button" className="btn-link" onClick={() => setAttempt((a) => a + 1)}>
            Try again
          </button>
        </p>
      )}
      {state.status === 'ready' && matches.length === 0 && (
        <p className="sp-empty">
          {query.trim() ? `No map matches “${query.trim()}”.` : 'No other maps yet.'}
        </p>
      )}
      {matches.length > 0 && (
        <ul className="map-picker-list" aria-label="Maps to link">
          {matches.slice(0, SHOWN).map((m) => (
            <li key={m.id}>
              <button type="button" className="map-picker-item" onClick={() => onPick(m)}>
                {m.title || 'Untitled map'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {matches.length > SHOWN && <p className="sp-hint">{matches.length - SHOWN} more: type to narrow.</p>}
      <div className="map-picker-actions">
        <button type="button" className="btn btn-sm btn-ghost" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
