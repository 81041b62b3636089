import './routePicker.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CHANNEL_TRAITS, routeTargets, type RouteTarget } from '../../../model';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

/** A 500-card map would list 500 options: the first few, and a word to keep typing. */
const MAX_OPTIONS = 40;

/**
 * "Route to…": makes a route from this touchpoint without dragging. A combobox with a list that
 * filters as you type (the WAI-ARIA list-autocomplete pattern, first match highlighted): ↓/↑ move,
 * Enter makes the route to the highlighted card, Esc closes the list (a second Esc clears the text).
 * The card itself and the cards it already routes to are not offered; each option names its stage,
 * as titles repeat across stages. After a route the field empties and keeps the focus, for the next.
 */
export function RouteToPicker({ fromId }: { fromId: string }) {
  const map = useEditor((s) => s.map);
  const canEdit = useCanEdit();
  const actions = useEditorActions();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [made, setMade] = useState('');
  const inputId = useId();
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const all = useMemo(() => (map ? routeTargets(map, fromId, query) : []), [map, fromId, query]);
  const options = all.slice(0, MAX_OPTIONS);
  const expanded = open && options.length > 0;
  const current = expanded ? Math.min(active, options.length - 1) : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    if (current >= 0) list.current?.children[current]?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  if (!canEdit) return null;

  const pick = (target: RouteTarget) => {
    actions.connect(fromId, target.touchpoint.id);
    setMade(`Route to ${target.touchpoint.title || 'Untitled touchpoint'} made.`);
    setQuery('');
    setOpen(false);
    setActive(0);
  };
  const move = (by: number) => {
    if (!expanded) {
      setOpen(true);
      setActive(by > 0 ? 0 : options.length - 1);
      return;
    }
    setActive((current + by + options.length) % options.length);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' && current >= 0) {
      e.preventDefault();
      pick(options[current]!);
    } else if (e.key === 'Escape' && (expanded || query)) {
      // Handled here, so the Escape does not also go on to close the panel or clear the selection.
      e.preventDefault();
      e.stopPropagation();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div className="sp-field rt-picker">
      <label className="sp-label" htmlFor={inputId}>
        Route to…
      </label>
      <input
        id={inputId}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search touchpoints by title"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
          setMade('');
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul
        id={listId}
        ref={list}
        className="rt-options"
        role="listbox"
        aria-label="Route to…"
        hidden={!expanded}
      >
        {expanded &&
          options.map((t, i) => (
            <li
              key={t.touchpoint.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              className={`rt-option${i === current ? ' is-active' : ''}`}
              // mousedown, not click: the field must keep the focus (and its list) until the pick.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(t);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className="dot" style={{ background: CHANNEL_TRAITS[t.touchpoint.channel].color }} />
              <span className="rt-title">{t.touchpoint.title || 'Untitled touchpoint'}</span>
              <span className="rt-stage">{t.stageName || 'Untitled stage'}</span>
            </li>
          ))}
      </ul>
      {open && query.trim() !== '' && all.length === 0 && (
        <p className="sp-empty">No other touchpoint’s title contains “{query.trim()}”.</p>
      )}
      {expanded && all.length > options.length && (
        <p className="sp-empty">{all.length - options.length} more: keep typing to narrow the list.</p>
      )}
      <p className="rt-status" role="status">
        {made}
      </p>
    </div>
  );
}
