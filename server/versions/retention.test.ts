import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, versionsToDrop, type VersionStamp } from './retention';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);

/** An automatic version taken `ago` ms before NOW. */
const auto = (id: string, ago: number): VersionStamp => ({ id, at: NOW - ago, kind: 'auto' });

describe('versionsToDrop (default retention)', () => {
  it('keeps every automatic version of the last day, however close together', () => {
    const today = [auto('start', 3 * HOUR), auto('mid', 3 * HOUR - 60_000), auto('end', HOUR)];
    expect(versionsToDrop(today, NOW)).toEqual([]);
  });

  it('keeps the newest automatic version per hour for a week', () => {
    // Three days ago, 10:00–11:00 UTC: start 10:05, hourly 10:35, end 10:55; then 11:20.
    const base = Date.UTC(2026, 10, 30, 10, 0, 0);
    const at = (id: string, minutes: number): VersionStamp => ({
      id,
      at: base + minutes * 60_000,
      kind: 'auto',
    });
    const versions = [at('start', 5), at('hourly', 35), at('end', 55), at('next', 80)];
    expect(versionsToDrop(versions, NOW).sort()).toEqual(['hourly', 'start']);
  });

  it('keeps the newest per day between a week and 90 days, and drops what is older', () => {
    const day = (n: number, hour: number) => Date.UTC(2026, 11, 3 - n, hour, 0, 0);
    const versions: VersionStamp[] = [
      { id: 'd10-morning', at: day(10, 9), kind: 'auto' },
      { id: 'd10-evening', at: day(10, 18), kind: 'safety' },
      { id: 'd30', at: day(30, 12), kind: 'auto' },
      { id: 'd91', at: day(91, 12), kind: 'auto' },
    ];
    expect(versionsToDrop(versions, NOW).sort()).toEqual(['d10-morning', 'd91']);
  });

  it('never drops a named version, whatever its age or neighbours', () => {
    const versions: VersionStamp[] = [
      { id: 'before-workshop', at: NOW - 400 * DAY, kind: 'named' },
      { id: 'exec-review', at: NOW - 10 * DAY, kind: 'named' },
      { id: 'auto-same-day', at: NOW - 10 * DAY + HOUR, kind: 'auto' },
    ];
    expect(versionsToDrop(versions, NOW)).toEqual([]);
  });

  it('follows a configured policy', () => {
    const policy = { ...DEFAULT_RETENTION, keepAllMs: 0, dailyMs: 2 * DAY, hourlyMs: DAY };
    const versions = [auto('a', 10 * 60_000), auto('b', 20 * 60_000), auto('old', 3 * DAY)];
    const drop = versionsToDrop(versions, NOW, policy).sort();
    // a (11:50) and b (11:40) share the 11:00 UTC hour: the newer, a, stays.
    expect(drop).toEqual(['b', 'old']);
  });

  it('thins 100 days of hourly versions to the last day, hourly for a week, daily to day 90', () => {
    const versions = Array.from({ length: 100 * 24 }, (_, i) => auto(`v${i}`, i * HOUR + 1));
    const kept = versions.length - versionsToDrop(versions, NOW).length;
    // The last day whole (24), one per hour for the six days after it (144), one per day to day 90.
    expect(kept).toBeLessThanOrEqual(24 + 6 * 24 + 84);
    expect(kept).toBeGreaterThanOrEqual(24 + 6 * 24 + 82);
  });
});
