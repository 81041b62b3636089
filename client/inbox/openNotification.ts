import { notificationPath, type InboxNotification } from '../../model';
import { navigate } from '../app/router';
import { markRead } from './inboxStore';

/** A click on a notification: it is read, and the map opens where it happened. */
export function openNotification(n: InboxNotification): void {
  if (n.readAt === null) void markRead([n.id]);
  navigate(notificationPath(n));
}
