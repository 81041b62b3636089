import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { filterPeople } from './peopleStack';
import type { Peer } from './readPeers';

/** Most rows drawn at once: a longer list is narrowed by typing, not by scrolling through 300. */
export const MAX_LISTED = 100;

interface PeopleListProps {
  people: readonly Peer[];
  /** The facilitator seat holder's person id, marked in the list. */
  facilitatorId: string | null;
  following: number | null;
  /** Follows a person (the list closes). */
  onFollow: (clientId: number) => void;
  onClose: () => void;
}

/**
 * Everyone on a crowded map, searchable: type part of a name to narrow the list, arrow keys move,
 * Enter or a click follows that person, Escape closes. Focus stays in the search field; the active
 * row is announced through aria-activedescendant.
 */
export function PeopleList({ people, facilitatorId, following, onFollow, onClose }: PeopleListProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();
  // Alphabetical: awareness order is join order, which differs on every screen and every visit.
  const matches = useMemo(
    () => [...filterPeople(people, query)].sort((a, b) => a.user.name.localeCompare(b.user.name)),
    [people, query],
  );
  const listed = matches.slice(0, MAX_LISTED);
  const at = Math.min(active, Math.max(0, listed.length - 1));
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      // Clicks on the stack toggle the list themselves.
      if (
        e.target instanceof Element &&
        !ref.current?.contains(e.target) &&
        !e.target.closest('.avatar-stack')
      )
        close.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);

  useEffect(() => {
    ref.current?.querySelector(`[data-index="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (listed.length > 0)
        setActive((at + (e.key === 'ArrowDown' ? 1 : listed.length - 1)) % listed.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const person = listed[at];
      if (person) onFollow(person.clientId);
    }
  };

  return (
    <div
      ref={ref}
      className="avatar-menu people-list"
      role="dialog"
      aria-label="People on this map"
      data-testid="people-list"
    >
      <input
        className="people-list-search"
        type="search"
        placeholder={`Search ${people.length} people`}
        aria-label="Search people by name"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={listed[at] ? `${listId}-${at}` : undefined}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="people-search"
      />
      <ul className="people-list-options" role="listbox" id={listId} aria-label="People">
        {listed.map((p, i) => (
          <li
            key={p.clientId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === at}
            data-index={i}
            className="avatar-menu-item people-list-option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => onFollow(p.clientId)}
            data-testid="people-option"
          >
            <span className="avatar-menu-dot" style={{ background: p.user.color }} />
            <span className="people-list-name">{p.user.name}</span>
            {p.user.id === facilitatorId && <span className="people-list-tag">facilitator</span>}
            {p.clientId === following && <span className="people-list-tag">following</span>}
          </li>
        ))}
      </ul>
      <p className="people-list-footer" aria-live="polite">
        {matches.length === 0
          ? 'Nobody by that name'
          : matches.length > listed.length
            ? `${matches.length - listed.length} more: type a name to narrow`
            : 'Enter or click to follow'}
      </p>
    </div>
  );
}
