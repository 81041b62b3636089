import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { CHANNEL_TRAITS, CHANNELS, type Channel } from '../../../../model';
import { channelForKey } from '../../cardKeys';

/**
 * The channel list under a card's channel button (listbox pattern): arrows move, Enter picks, a
 * letter jumps to the channels with that initial, Escape or a click elsewhere closes. Contact-center
 * channels say that they make the card a hub.
 */
export function ChannelList({
  value,
  anchor,
  onPick,
  onClose,
}: {
  value: Channel;
  anchor: RefObject<HTMLElement | null>;
  onPick: (c: Channel) => void;
  onClose: () => void;
}) {
  const [active, setActive] = useState<Channel>(value);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.focus({ preventScroll: true });
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!list.current?.contains(target) && !anchor.current?.contains(target)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [anchor, onClose]);
  useEffect(() => {
    list.current?.querySelector(`[data-channel="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    // Nothing typed here reaches the canvas' shortcuts.
    e.stopPropagation();
    const at = CHANNELS.indexOf(active);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = CHANNELS[(at + (e.key === 'ArrowDown' ? 1 : -1) + CHANNELS.length) % CHANNELS.length];
      if (next) setActive(next);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onPick(active);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      onClose();
    } else {
      const jump = channelForKey(active, e.key);
      if (jump) setActive(jump);
    }
  };

  return (
    <ul
      ref={list}
      className="qb-channel-list nowheel"
      role="listbox"
      aria-label="Channel"
      tabIndex={-1}
      aria-activedescendant={`qb-ch-${active}`}
      onKeyDown={onKeyDown}
    >
      {CHANNELS.map((c) => (
        <li
          key={c}
          id={`qb-ch-${c}`}
          role="option"
          aria-selected={c === value}
          data-channel={c}
          className={`qb-option${c === active ? ' is-active' : ''}${c === value ? ' is-current' : ''}`}
          onMouseEnter={() => setActive(c)}
          onClick={() => onPick(c)}
        >
          <span className="dot" style={{ background: CHANNEL_TRAITS[c].color }} />
          {CHANNEL_TRAITS[c].label}
          {CHANNEL_TRAITS[c].contactCenter && <span className="qb-hub-tag">hub</span>}
        </li>
      ))}
    </ul>
  );
}
