import type { InboxNotification } from '../../model';
import { formatFullDate, relativeTime } from '../ui/relativeTime';
import { useNow } from '../ui/useNow';
import { Icon } from '../ui/Icon';
import { NOTIFICATION_KIND_TRAITS } from './notificationKinds';
import { openNotification } from './openNotification';

/**
 * One notification as a button (the bell's list and the inbox page): its kind's icon, its line,
 * the map and how long ago. Unread ones are bold with a dot; a click opens the map at the anchor.
 */
export function NotificationRow({ n, onOpen }: { n: InboxNotification; onOpen?: () => void }) {
  const now = useNow();
  const traits = NOTIFICATION_KIND_TRAITS[n.kind];
  const created = Date.parse(n.createdAt);
  const unread = n.readAt === null;
  return (
    <li className={`ib-row${unread ? ' is-unread' : ''}`}>
      <button
        type="button"
        className="ib-row-btn"
        onClick={() => {
          onOpen?.();
          openNotification(n);
        }}
      >
        <span className={`ib-kind ib-kind-${traits.tone}`} title={traits.label}>
          <Icon name={traits.icon} size={14} />
        </span>
        <span className="ib-row-main">
          <span className="ib-row-text">
            <span className="visually-hidden">{`${traits.label}${unread ? ', unread' : ''}: `}</span>
            {n.text}
          </span>
          <span className="ib-row-meta">
            <span className="ib-row-map">{n.mapTitle || 'Untitled map'}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={n.createdAt} title={formatFullDate(created)}>
              {relativeTime(created, now)}
            </time>
          </span>
        </span>
        {unread && <span className="ib-dot" aria-hidden="true" />}
      </button>
    </li>
  );
}
