import { describe, expect, it } from 'vitest';
import { COMPACT_AFTER, localCopyName, shouldCompact } from './localCopyDb';

describe('localCopyDb', () => {
  it("keeps y-indexeddb's database name, so copies saved before still open", () => {
    expect(localCopyName('abc123')).toBe('journey-map-abc123');
  });

  it('compacts once the copy holds COMPACT_AFTER updates, not before', () => {
    expect(COMPACT_AFTER).toBe(500);
    expect(shouldCompact(0)).toBe(false);
    expect(shouldCompact(COMPACT_AFTER - 1)).toBe(false);
    expect(shouldCompact(COMPACT_AFTER)).toBe(true);
    expect(shouldCompact(COMPACT_AFTER + 200)).toBe(true);
  });
});
