import { describe, expect, it } from 'vitest';
import { resolveRevertWindow, revertBody, type WindowVersion } from './revertWindow';

const H = 3_600_000;
const versions: WindowVersion[] = [
  { id: 'v3', reason: 'hourly', takenAt: 5 * H, editSeq: 30 },
  { id: 'v2', reason: 'session-start', takenAt: 4 * H, editSeq: 20 },
  { id: 'v1', reason: 'first-load', takenAt: 1 * H, editSeq: 0 },
];
const iso = (ms: number) => new Date(ms).toISOString();

describe('resolveRevertWindow', () => {
  it('since a version: from its time, replayed from it, to now', () => {
    expect(resolveRevertWindow(versions, { sinceVersion: 'v1' }, 9 * H)).toEqual({
      ok: true,
      base: versions[2],
      from: 1 * H,
      to: 9 * H,
    });
  });

  it('defaults to the latest session start', () => {
    const w = resolveRevertWindow(versions, {}, 9 * H);
    expect(w).toMatchObject({ ok: true, from: 4 * H, to: 9 * H, base: { id: 'v2' } });
  });

  it('replays from the newest version at or before `from`', () => {
    const w = resolveRevertWindow(versions, { from: iso(4.5 * H), to: iso(6 * H) }, 9 * H);
    expect(w).toMatchObject({ ok: true, from: 4.5 * H, to: 6 * H, base: { id: 'v2' } });
  });

  it('starts no earlier than the oldest version (nothing to replay from before it)', () => {
    const w = resolveRevertWindow(versions, { from: iso(0) }, 9 * H);
    expect(w).toMatchObject({ ok: true, from: 1 * H, base: { id: 'v1' } });
  });

  it('refuses an unknown version, a backwards window and a map without versions', () => {
    expect(resolveRevertWindow(versions, { sinceVersion: 'nope' }, 9 * H)).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(resolveRevertWindow(versions, { from: iso(6 * H), to: iso(5 * H) }, 9 * H)).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(resolveRevertWindow([], {}, 9 * H)).toMatchObject({ ok: false, status: 409 });
  });
});

describe('revertBody', () => {
  it('takes a person, an optional window and apply; nothing else', () => {
    expect(revertBody.safeParse({ personId: 'p_x', apply: false }).success).toBe(true);
    expect(revertBody.safeParse({ personId: 'p_x', from: '2026-12-03T10:00:00Z', apply: true }).success).toBe(
      true,
    );
    expect(revertBody.safeParse({ personId: 'p_x', from: 'yesterday', apply: true }).success).toBe(false);
    expect(revertBody.safeParse({ personId: 'p_x' }).success).toBe(false);
    expect(revertBody.safeParse({ personId: 'p_x', apply: true, extra: 1 }).success).toBe(false);
  });
});
