import { describe, expect, it } from 'vitest';
import { formatCountdown } from './useCountdown';

describe('formatCountdown', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [59, '00:59'],
    [300, '05:00'],
    [3599, '59:59'],
    [3725, '1:02:05'],
  ])('%i s → %s', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text);
  });
});
