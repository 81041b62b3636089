import type { ReactNode } from 'react';
import { TRACKER_TRAITS, type Tracker } from './trackers';

/**
 * Small marks for the trackers we know (drawn here, on a 16×16 grid: no favicon is fetched, so a
 * link never tells a third party who looked at the map). Simplified shapes in each brand's colour.
 */
const MARKS = {
  github: (
    <path d="M8 1a7 7 0 0 0-2.2 13.6c.35.07.48-.15.48-.34v-1.2c-1.95.42-2.36-.94-2.36-.94-.32-.81-.78-1.03-.78-1.03-.64-.43.05-.42.05-.42.7.05 1.07.72 1.07.72.63 1.07 1.64.76 2.04.58.06-.45.24-.76.44-.94-1.55-.18-3.19-.78-3.19-3.46 0-.76.27-1.39.72-1.88-.07-.18-.31-.89.07-1.85 0 0 .59-.19 1.92.72a6.6 6.6 0 0 1 3.5 0c1.33-.91 1.92-.72 1.92-.72.38.96.14 1.67.07 1.85.45.49.72 1.12.72 1.88 0 2.69-1.64 3.28-3.2 3.45.25.22.48.65.48 1.3v1.93c0 .19.13.41.48.34A7 7 0 0 0 8 1Z" />
  ),
  gitlab: (
    <path d="M8 14.5 10.6 6.4H5.4L8 14.5ZM2.2 6.4l-.8 2.5c-.07.22 0 .47.2.6L8 14.5 2.2 6.4Zm0 0h3.2L4 2.1c-.07-.22-.38-.22-.45 0L2.2 6.4Zm11.6 0 .8 2.5c.07.22 0 .47-.2.6L8 14.5l5.8-8.1Zm0 0h-3.2L12 2.1c.07-.22.38-.22.45 0l1.35 4.3Z" />
  ),
  atlassian: (
    <path d="M14.4 7.55 8.45 1.6 8 1.15 3.5 5.65 1.6 7.55a.64.64 0 0 0 0 .9L5.7 12.5 8 14.85l4.5-4.5.07-.07 1.83-1.83a.64.64 0 0 0 0-.9ZM8 10 6 8l2-2 2 2-2 2Z" />
  ),
  linear: (
    <path d="M1.6 9.6 6.4 14.4A6.6 6.6 0 0 1 1.6 9.6Zm-.2-1.9 6.9 6.9c.5 0 1-.07 1.46-.2L1.6 6.24c-.13.47-.2.96-.2 1.46Zm.7-2.7 8.9 8.9c.33-.16.64-.35.93-.57L2.66 4.07c-.22.29-.4.6-.56.93Zm1.4-1.9a6.6 6.6 0 1 1 9.3 9.3L3.5 3.1Z" />
  ),
  azure: <path d="M2 11.6 6.3 2.5h3L5 12.9 2 11.6Zm4.2 1.6 4.1-5.3 3.7 5.3H6.2Z" />,
  trello: (
    <path d="M13 1.5H3A1.5 1.5 0 0 0 1.5 3v10A1.5 1.5 0 0 0 3 14.5h10a1.5 1.5 0 0 0 1.5-1.5V3A1.5 1.5 0 0 0 13 1.5ZM7 11.6c0 .33-.27.6-.6.6H4c-.33 0-.6-.27-.6-.6V4c0-.33.27-.6.6-.6h2.4c.33 0 .6.27.6.6v7.6Zm5.6-3.5c0 .33-.27.6-.6.6H9.6a.6.6 0 0 1-.6-.6V4c0-.33.27-.6.6-.6H12c.33 0 .6.27.6.6v4.1Z" />
  ),
  asana: (
    <>
      <circle cx="8" cy="4.4" r="2.7" />
      <circle cx="3.7" cy="10.9" r="2.7" />
      <circle cx="12.3" cy="10.9" r="2.7" />
    </>
  ),
  notion: (
    <path d="M3 2.2 10.6 1.6c.94-.08 1.18-.02 1.77.4l2.44 1.72c.4.29.54.37.54.7v9.4c0 .59-.22.94-.96.99l-8.8.53c-.56.03-.83-.05-1.12-.42L2.7 12.6c-.32-.43-.46-.75-.46-1.12V3.1c0-.48.22-.88.76-.9Zm2.6 3v7.2l6.4-.4V4.8l-6.4.4Zm.7.9 4.8-.3v5.5l-1 .06L7.3 8v3.1l.9.2v.5l-2 .12v-.5l.5-.13V6.95l-.6-.05v-.5l2.1-.15L10.5 9.7V7l-.8-.1v-.5l1.4-.08" />
  ),
} satisfies Record<Tracker, ReactNode>;

/** A tracker's mark, or a generic link icon for any other host (null tracker). */
export function TrackerIcon({ tracker, size = 14 }: { tracker: Tracker | null; size?: number }) {
  if (!tracker)
    return (
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        className="tracker-icon"
        data-tracker="link"
      >
        <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
        <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
      </svg>
    );
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill={TRACKER_TRAITS[tracker].color}
      aria-hidden="true"
      className="tracker-icon"
      data-tracker={tracker}
    >
      {MARKS[tracker]}
    </svg>
  );
}
