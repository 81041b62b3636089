import { describe, expect, it } from 'vitest';
import { formatFullDate, relativeTime } from './relativeTime';

const NOW = Date.UTC(2025, 10, 25, 12, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ago = (ms: number) => relativeTime(NOW - ms, NOW);

describe('relativeTime', () => {
  it('says "just now" for the last 45 seconds', () => {
    expect(ago(0)).toBe('just now');
    expect(ago(44 * SECOND)).toBe('just now');
  });

  it('treats times in the future (clock skew) as just now', () => {
    expect(relativeTime(NOW + 5 * MINUTE, NOW)).toBe('just now');
  });

  it('counts minutes, never "0 minutes"', () => {
    expect(ago(45 * SECOND)).toBe('1 minute ago');
    expect(ago(5 * MINUTE)).toBe('5 minutes ago');
    expect(ago(44 * MINUTE)).toBe('44 minutes ago');
  });

  it('counts hours from 45 minutes', () => {
    expect(ago(45 * MINUTE)).toBe('1 hour ago');
    expect(ago(3 * HOUR)).toBe('3 hours ago');
    expect(ago(21 * HOUR)).toBe('21 hours ago');
  });

  it('says "yesterday", then days', () => {
    expect(ago(22 * HOUR)).toBe('yesterday');
    expect(ago(30 * HOUR)).toBe('yesterday');
    expect(ago(3 * DAY)).toBe('3 days ago');
    expect(ago(6 * DAY)).toBe('6 days ago');
  });

  it('switches to weeks, months and years', () => {
    expect(ago(7 * DAY)).toBe('last week');
    expect(ago(15 * DAY)).toBe('2 weeks ago');
    expect(ago(40 * DAY)).toBe('last month');
    expect(ago(100 * DAY)).toBe('3 months ago');
    expect(ago(400 * DAY)).toBe('last year');
    expect(ago(3 * 365 * DAY)).toBe('3 years ago');
  });
});

describe('formatFullDate', () => {
  it('includes the year, for the tooltip', () => {
    expect(formatFullDate(NOW)).toContain('2025');
  });
});
