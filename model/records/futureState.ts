import { z } from 'zod';

/**
 * The future-state variant of a map (issue 21): the same stages and lanes, and each touchpoint
 * marked by what the future does to it. A kind table, so views and exports read traits, never ifs.
 * Absent `futureStatus` = unchanged (in both states). `futureEmotion` is the to-be emotion (absent =
 * the current one for cards in both states; an added card without it sits at neutral).
 */
export const FUTURE_STATUSES = ['added', 'changed', 'removed'] as const;
export type FutureStatus = (typeof FUTURE_STATUSES)[number];
export const futureStatusSchema = z.enum(FUTURE_STATUSES);

export interface FutureStatusTraits {
  readonly label: string;
  /** Short badge text on the card. */
  readonly badge: string;
  readonly color: string;
  /** The card exists in the current state (as-is). */
  readonly inCurrent: boolean;
  /** The card exists in the future state (to-be). */
  readonly inFuture: boolean;
}

export const FUTURE_STATUS_TRAITS: Record<FutureStatus, FutureStatusTraits> = {
  added: {
    label: 'Added in the future state',
    badge: 'New',
    color: '#16a34a',
    inCurrent: false,
    inFuture: true,
  },
  changed: {
    label: 'Changed in the future state',
    badge: 'Changed',
    color: '#d97706',
    inCurrent: true,
    inFuture: true,
  },
  removed: {
    label: 'Removed in the future state',
    badge: 'Removed',
    color: '#dc2626',
    inCurrent: true,
    inFuture: false,
  },
};

/** What the canvas and exports show: as-is, to-be, or both with the difference. */
export const MAP_VARIANT_VIEWS = ['current', 'future', 'both'] as const;
export type MapVariantView = (typeof MAP_VARIANT_VIEWS)[number];
export const MAP_VARIANT_VIEW_LABELS: Record<MapVariantView, string> = {
  current: 'Current state',
  future: 'Future state',
  both: 'Both (difference)',
};
