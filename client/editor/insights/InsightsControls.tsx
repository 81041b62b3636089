import './insights.css';
import { useId, useMemo } from 'react';
import { ownership } from '../../../model';
import { useEditor } from '../EditorContext';
import { useSettledMap } from './useSettledMap';
import { useEditorActions } from '../useEditorActions';
import { UNOWNED } from './canvasFocus';

/** The header's way into the hubs panel. */
export function HubsButton() {
  const open = useEditor((s) => s.hubsOpen && s.commentsTab === null);
  const actions = useEditorActions();
  return (
    <button
      type="button"
      className={`btn btn-sm${open ? ' is-active' : ''}`}
      aria-label="Hubs"
      aria-pressed={open}
      data-testid="hubs-button"
      title="Contact-center hubs: what routes into them"
      onClick={() => actions.showHubs(!open)}
    >
      ◉ Hubs
    </button>
  );
}

/** "3 touchpoints have no owner", hidden when every card has one; a click highlights those cards. */
export function UnownedChip() {
  const map = useSettledMap();
  const active = useEditor((s) => s.ownerFilter === UNOWNED);
  const actions = useEditorActions();
  const count = useMemo(() => (map ? ownership(map).unownedIds.length : 0), [map]);
  if (count === 0) return null;
  const long = count === 1 ? '1 touchpoint has no owner' : `${count} touchpoints have no owner`;
  return (
    <button
      type="button"
      aria-label={long}
      className={`btn btn-sm unowned-chip${active ? ' is-active' : ''}`}
      data-testid="unowned-count"
      data-count={count}
      aria-pressed={active}
      title={active ? 'Show every card' : 'Highlight the cards with no owner'}
      onClick={() => actions.setOwnerFilter(active ? null : UNOWNED)}
    >
      {/* A laptop-width header has room for the short form only (editor.css). */}⚠{' '}
      <span className="unowned-long">{long}</span>
      <span className="unowned-short">{count} unowned</span>
    </button>
  );
}

/** "Highlight owner": one team's touchpoints forward, the others dimmed. */
export function OwnerFilter() {
  const id = useId();
  const map = useSettledMap();
  const value = useEditor((s) => s.ownerFilter);
  const actions = useEditorActions();
  const owners = useMemo(() => (map ? ownership(map).owners.map((o) => o.owner) : []), [map]);
  return (
    <div className="sp-field">
      <label htmlFor={id} className="sp-label">
        Highlight owner
      </label>
      <select
        id={id}
        className="input"
        data-testid="owner-filter"
        value={value ?? ''}
        title="Highlight one owner's touchpoints"
        onChange={(e) => actions.setOwnerFilter(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">All owners</option>
        {owners.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
        <option value={UNOWNED}>No owner</option>
      </select>
    </div>
  );
}
