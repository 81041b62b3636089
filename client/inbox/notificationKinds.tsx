import type { NotificationKind } from '../../model';

/** Stroke paths on the 24×24 grid of ui/Icon, for the inbox's own symbols. */
const PATHS = {
  bell: ['M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9', 'M10.3 21a1.94 1.94 0 0 0 3.4 0'],
  at: ['M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M16 8v5a3 3 0 0 0 6 0v-1a10 10 0 1 0-4 8'],
  reply: ['M9 17l-5-5 5-5', 'M20 18v-2a4 4 0 0 0-4-4H4'],
  assigned: [
    'M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2',
    'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z',
    'M16 11l2 2 4-4',
  ],
  overdue: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Z', 'M12 7v5', 'M12 16h.01'],
} as const;
export type InboxIconName = keyof typeof PATHS;

export function InboxIcon({ name, size = 16 }: { name: InboxIconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}

/** What each kind of notification looks like: its word (for screen readers and tooltips) and icon. */
export const NOTIFICATION_KIND_TRAITS = {
  mention: { label: 'Mention', icon: 'at', tone: 'accent' },
  reply: { label: 'Reply', icon: 'reply', tone: 'accent' },
  assigned: { label: 'Assigned to you', icon: 'assigned', tone: 'success' },
  overdue: { label: 'Overdue', icon: 'overdue', tone: 'danger' },
} as const satisfies Record<
  NotificationKind,
  { label: string; icon: InboxIconName; tone: 'accent' | 'success' | 'danger' }
>;
