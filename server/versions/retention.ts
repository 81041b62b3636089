/**
 * Which versions of a map to keep (issue 17). Named versions are kept for ever. Automatic ones
 * (session start and end, hourly under edits, safety copies before a restore, import or revert) are
 * all kept for `keepAllMs` (a readout compares a session's start with its end), then thinned to the
 * newest one per UTC hour until `hourlyMs`, to the newest per UTC day until `dailyMs`, and dropped
 * after that. Pure: the store asks it which ids to delete.
 */
export type VersionKind = 'named' | 'auto' | 'safety';

export interface VersionStamp {
  readonly id: string;
  /** When it was taken (ms since the epoch). */
  readonly at: number;
  readonly kind: VersionKind;
}

export interface RetentionPolicy {
  readonly keepAllMs: number;
  readonly hourlyMs: number;
  readonly dailyMs: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every automatic version for a day, hourly for a week, daily for 90 days. */
export const DEFAULT_RETENTION: RetentionPolicy = { keepAllMs: DAY, hourlyMs: 7 * DAY, dailyMs: 90 * DAY };

/** The ids to delete at `now`: never a named version, never one newer than `keepAllMs`. */
export function versionsToDrop(
  versions: readonly VersionStamp[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): string[] {
  const newestFirst = [...versions].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  const seenBuckets = new Set<string>();
  const drop: string[] = [];
  for (const v of newestFirst) {
    if (v.kind === 'named') continue;
    const age = now - v.at;
    if (age < policy.keepAllMs) continue;
    if (age >= policy.dailyMs) {
      drop.push(v.id);
      continue;
    }
    const bucket = age < policy.hourlyMs ? `h${Math.floor(v.at / HOUR)}` : `d${Math.floor(v.at / DAY)}`;
    if (seenBuckets.has(bucket)) drop.push(v.id);
    else seenBuckets.add(bucket);
  }
  return drop;
}
