import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeReason } from './closeCodes';
import { configFromEnv, DEFAULT_CONFIG } from './config';
import { formatLogLine } from './log';
import { roomFromUrl } from './ws/upgrade';

describe('configFromEnv', () => {
  it('uses defaults for an empty environment', () => {
    expect(configFromEnv({})).toEqual({ ...DEFAULT_CONFIG, dataDir: path.resolve(DEFAULT_CONFIG.dataDir) });
  });

  it('reads every variable and rejects malformed numbers', () => {
    const config = configFromEnv({
      PORT: '8080',
      HOST: '127.0.0.1',
      JOURNEY_DATA_DIR: '/tmp/j',
      JOURNEY_MAX_MESSAGE_BYTES: '2048',
      JOURNEY_COMPACT_EVERY: '10',
      JOURNEY_ROOM_TTL_MS: '0',
    });
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: '/tmp/j', maxMessageBytes: 2048 });
    expect(config).toMatchObject({ compactEvery: 10, roomTtlMs: 0 });
    expect(() => configFromEnv({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => configFromEnv({ JOURNEY_COMPACT_EVERY: '0' })).toThrow(/JOURNEY_COMPACT_EVERY/);
  });

  it('reads the access settings and refuses weak secrets', () => {
    const secret = 's'.repeat(32);
    const config = configFromEnv({
      JOURNEY_ACCESS: 'locked',
      JOURNEY_SECRET: secret,
      JOURNEY_ADMIN_TOKEN: 'a'.repeat(20),
    });
    expect(config).toMatchObject({ access: 'locked', secret, adminToken: 'a'.repeat(20) });
    expect(configFromEnv({ JOURNEY_ACCESS: 'open' }).access).toBe('open');
    expect(() => configFromEnv({ JOURNEY_ACCESS: 'closed' })).toThrow(/JOURNEY_ACCESS/);
    expect(() => configFromEnv({ JOURNEY_SECRET: 's'.repeat(31) })).toThrow(/JOURNEY_SECRET/);
    expect(() => configFromEnv({ JOURNEY_ADMIN_TOKEN: 'short' })).toThrow(/JOURNEY_ADMIN_TOKEN/);
  });

  it('reads how long the trash keeps maps (30 days unless told)', () => {
    expect(configFromEnv({}).trashDays).toBe(30);
    expect(configFromEnv({ JOURNEY_TRASH_DAYS: '7' }).trashDays).toBe(7);
    expect(() => configFromEnv({ JOURNEY_TRASH_DAYS: '0' })).toThrow(/JOURNEY_TRASH_DAYS/);
    expect(() => configFromEnv({ JOURNEY_TRASH_DAYS: 'week' })).toThrow(/JOURNEY_TRASH_DAYS/);
  });
});

describe('roomFromUrl', () => {
  it('takes the room from the path and ignores the query string', () => {
    expect(roomFromUrl('/ws/map_abc')).toEqual({ mapId: 'map_abc', kind: 'map', docId: 'map_abc' });
    expect(roomFromUrl('/ws/map_abc?token=1&x=2')?.mapId).toBe('map_abc');
    expect(roomFromUrl('/ws/map_abc/')?.mapId).toBe('map_abc');
    expect(roomFromUrl('/ws/map_abc/comments?token=1')).toEqual({
      mapId: 'map_abc',
      kind: 'comments',
      docId: 'map_abc/comments',
    });
  });

  it('rejects anything that is not a valid map id', () => {
    for (const url of [
      '/ws',
      '/ws/',
      '/ws/a/b',
      '/ws/a/comments/x',
      '/ws/a/map',
      '/ws/bad%24id',
      '/ws/%E0%A4%A',
      '/other/map_abc',
      `/ws/${'x'.repeat(65)}`,
    ]) {
      expect(roomFromUrl(url), url).toBeUndefined();
    }
  });
});

describe('log lines and close reasons', () => {
  it('keeps one event on one line', () => {
    expect(formatLogLine('warn', 'ws.closed', { map: 'm1', reason: 'a b\nc', skipped: undefined })).toBe(
      '[journey] WARN ws.closed map=m1 reason="a b\\nc"',
    );
  });

  it('trims close reasons to the 123-byte limit of the protocol', () => {
    const reason = closeReason('é'.repeat(100));
    expect(Buffer.byteLength(reason)).toBeLessThanOrEqual(123);
    expect(closeReason('short')).toBe('short');
  });
});
