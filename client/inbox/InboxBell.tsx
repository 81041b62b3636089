import './inbox.css';
import { useId, useRef, useState } from 'react';
import { useDismiss } from '../ui/useDismiss';
import { Link } from '../app/Link';
import { inboxPath } from '../app/router';
import { markRead } from './inboxStore';
import { Icon } from '../ui/Icon';
import { NotificationRow } from './NotificationRow';
import { useInbox } from './useInbox';

/** The bell shows this many of the newest; the inbox page has them all. */
const LATEST = 8;

/**
 * The header's bell (the maps page, the actions page and the editor): the unread count, and a
 * popover with the newest notifications, "Mark all read" and the way to the inbox.
 */
export function InboxBell({ compact = false }: { compact?: boolean }) {
  const unread = useInbox((s) => s.unread);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const label = unread > 0 ? `Inbox, ${unread} unread` : 'Inbox';
  return (
    <div className="ib-bell-wrap">
      <button
        ref={button}
        type="button"
        className={`btn btn-sm ib-bell${compact ? ' is-compact' : ''}${open ? ' is-active' : ''}`}
        aria-label={label}
        title={label}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="bell" size={17} />
        {unread > 0 && (
          <span className="ib-badge" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && <BellPopover id={panelId} anchor={button} onClose={() => setOpen(false)} />}
    </div>
  );
}

function BellPopover({
  id,
  anchor,
  onClose,
}: {
  id: string;
  anchor: React.RefObject<HTMLButtonElement | null>;
  onClose: () => void;
}) {
  const notifications = useInbox((s) => s.notifications);
  const unread = useInbox((s) => s.unread);
  const error = useInbox((s) => s.error);
  const ref = useRef<HTMLDivElement>(null);
  useDismiss(ref, anchor, onClose);

  const latest = notifications?.slice(0, LATEST) ?? [];
  return (
    <div
      ref={ref}
      id={id}
      className="ib-popover"
      role="region"
      aria-label="Notifications"
      // Keys typed here must not reach the editor's shortcuts.
      onKeyDown={(e) => e.key !== 'Escape' && e.stopPropagation()}
    >
      <header className="ib-popover-head">
        <h2 className="ib-popover-title">Notifications</h2>
        <button
          type="button"
          className="btn btn-sm btn-ghost"
          disabled={unread === 0}
          onClick={() => void markRead('all')}
        >
          Mark all read
        </button>
      </header>
      {error && notifications === null ? (
        <p className="ib-empty ib-error" role="alert">
          {error}
        </p>
      ) : notifications === null ? (
        <p className="ib-empty" role="status">
          Loading…
        </p>
      ) : latest.length === 0 ? (
        <p className="ib-empty">Nothing yet. Mentions, replies and actions for you will show here.</p>
      ) : (
        <ul className="ib-list" aria-label="Latest notifications">
          {latest.map((n) => (
            <NotificationRow key={n.id} n={n} onOpen={onClose} />
          ))}
        </ul>
      )}
      <footer className="ib-popover-foot">
        <Link to={inboxPath()} className="ib-open-inbox" onClick={onClose}>
          Open inbox
        </Link>
      </footer>
    </div>
  );
}
