import './inbox.css';
import { useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { EmailSettingsForm } from './EmailSettingsForm';
import { markRead, refreshInbox } from './inboxStore';
import { NotificationRow } from './NotificationRow';
import { useInbox } from './useInbox';

type Filter = 'unread' | 'all';

/**
 * The person's notifications (issue 19): mentions, replies to their threads, actions assigned to
 * them and overdue ones, newest first, unread or all; a click opens the map where it happened.
 * Below, their optional e-mail.
 */
export function InboxPage() {
  const notifications = useInbox((s) => s.notifications);
  const unread = useInbox((s) => s.unread);
  const error = useInbox((s) => s.error);
  const [filter, setFilter] = useState<Filter>('all');
  useDocumentTitle(unread > 0 ? `Inbox (${unread}) · Journey` : 'Inbox · Journey');
  const shown = notifications?.filter((n) => filter === 'all' || n.readAt === null) ?? [];
  return (
    <div className="app-page">
      <AppHeader />
      <main className="inbox-page">
        <div className="ib-heading">
          <div>
            <h1 className="ib-title">Inbox</h1>
            <p className="ib-subtitle">
              Mentions, replies to your threads, and actions assigned to you or overdue, on every map.
            </p>
          </div>
          <button type="button" className="btn" disabled={unread === 0} onClick={() => void markRead('all')}>
            Mark all read
          </button>
        </div>

        <section className="ib-card" aria-label="Notifications">
          <div className="ib-filter" role="radiogroup" aria-label="Show">
            {(['all', 'unread'] as const).map((f) => (
              <button
                key={f}
                type="button"
                role="radio"
                aria-checked={filter === f}
                className={`ib-filter-btn${filter === f ? ' is-active' : ''}`}
                onClick={() => setFilter(f)}
              >
                {f === 'all' ? 'All' : 'Unread'}
                {f === 'unread' && <span className="ib-filter-count">{unread}</span>}
              </button>
            ))}
          </div>
          {error && notifications === null ? (
            <div className="ib-card-body">
              <ErrorBanner
                title="Could not load your notifications"
                message={error}
                onRetry={() => void refreshInbox()}
              />
            </div>
          ) : notifications === null ? (
            <p className="ib-empty" role="status">
              Loading notifications…
            </p>
          ) : shown.length === 0 ? (
            <p className="ib-empty">
              {filter === 'unread'
                ? 'You are all caught up.'
                : 'Nothing yet. When someone mentions you, replies to your thread or assigns you an action, it shows here.'}
            </p>
          ) : (
            <ul
              className="ib-list ib-list-page"
              aria-label={filter === 'unread' ? 'Unread notifications' : 'All notifications'}
            >
              {shown.map((n) => (
                <NotificationRow key={n.id} n={n} />
              ))}
            </ul>
          )}
          {error && notifications !== null && (
            <p className="ib-stale" role="status">
              Could not refresh: {error}
            </p>
          )}
        </section>

        <EmailSettingsForm />
      </main>
    </div>
  );
}
