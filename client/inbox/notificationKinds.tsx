import type { NotificationKind } from '../../model';
import type { IconName } from '../ui/Icon';

/** What each kind of notification looks like: its word (for screen readers and tooltips) and icon. */
export const NOTIFICATION_KIND_TRAITS = {
  mention: { label: 'Mention', icon: 'at', tone: 'accent' },
  reply: { label: 'Reply', icon: 'reply', tone: 'accent' },
  assigned: { label: 'Assigned to you', icon: 'assigned', tone: 'success' },
  overdue: { label: 'Overdue', icon: 'overdue', tone: 'danger' },
} as const satisfies Record<
  NotificationKind,
  { label: string; icon: IconName; tone: 'accent' | 'success' | 'danger' }
>;
