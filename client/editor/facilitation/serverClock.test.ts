import { describe, expect, it } from 'vitest';
import { clockOffset } from './serverClock';

describe('clockOffset', () => {
  it('is zero for clocks in step, whatever the round trip', () => {
    // Sent at 1000 local, the server read 1050 halfway through a 100 ms round trip.
    expect(clockOffset(1000, 1050, 1100)).toBe(0);
  });

  it('corrects a clock that runs behind or ahead of the server', () => {
    expect(clockOffset(1000, 61_050, 1100)).toBe(60_000);
    expect(clockOffset(1000, 1050 - 5_000, 1100)).toBe(-5_000);
  });
});
