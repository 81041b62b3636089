import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeReason } from './closeCodes';
import { configFromEnv, DEFAULT_CONFIG } from './config';
import { formatLogLine, redactSecrets } from './log';
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

  it('reads the connection limits', () => {
    const config = configFromEnv({
      JOURNEY_MAX_UNSENT_BYTES: '1048576',
      JOURNEY_SYNC_TIMEOUT_MS: '2000',
      JOURNEY_MAX_CONNECTIONS: '50',
      JOURNEY_MAX_CONNECTIONS_PER_ADDRESS: '5',
      JOURNEY_STORAGE_RETRY_MS: '1000',
    });
    expect(config).toMatchObject({
      maxUnsentBytes: 1048576,
      syncTimeoutMs: 2000,
      maxConnections: 50,
      maxConnectionsPerAddress: 5,
      storageRetryMs: 1000,
    });
    expect(() => configFromEnv({ JOURNEY_MAX_UNSENT_BYTES: '10' })).toThrow(/JOURNEY_MAX_UNSENT_BYTES/);
    expect(() => configFromEnv({ JOURNEY_MAX_CONNECTIONS: '0' })).toThrow(/JOURNEY_MAX_CONNECTIONS/);
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

  it('reads version retention and the edit log window (a day, a week, 90 days, hourly, 7 days unless told)', () => {
    const day = 86_400_000;
    expect(configFromEnv({}).versionRetention).toEqual({
      keepAllMs: day,
      hourlyMs: 7 * day,
      dailyMs: 90 * day,
    });
    expect(configFromEnv({}).versionEveryMs).toBe(3_600_000);
    expect(configFromEnv({}).editWindowMs).toBe(7 * day);
    const set = configFromEnv({
      JOURNEY_VERSIONS_ALL_HOURS: '6',
      JOURNEY_VERSIONS_HOURLY_DAYS: '2',
      JOURNEY_VERSIONS_DAILY_DAYS: '30',
      JOURNEY_VERSION_EVERY_MINUTES: '15',
      JOURNEY_EDIT_LOG_DAYS: '14',
    });
    expect(set.versionRetention).toEqual({ keepAllMs: day / 4, hourlyMs: 2 * day, dailyMs: 30 * day });
    expect([set.versionEveryMs, set.editWindowMs]).toEqual([900_000, 14 * day]);
    expect(() => configFromEnv({ JOURNEY_VERSIONS_DAILY_DAYS: '3' })).toThrow(/JOURNEY_VERSIONS/);
    expect(() => configFromEnv({ JOURNEY_EDIT_LOG_DAYS: '0' })).toThrow(/JOURNEY_EDIT_LOG_DAYS/);
  });
});

describe('same-origin and open-mode settings', () => {
  it('binds loopback by default and reads the host and origin lists', () => {
    expect(configFromEnv({})).toMatchObject({ host: '127.0.0.1', publicHosts: [], allowedOrigins: [] });
    const config = configFromEnv({
      JOURNEY_PUBLIC_HOSTS: ' Journey.Example.com , maps.local:8080 ,[::1]:1234',
      JOURNEY_ALLOWED_ORIGINS: 'http://localhost:5173, https://journey.example.com/',
    });
    expect(config.publicHosts).toEqual(['journey.example.com', 'maps.local:8080', '[::1]:1234']);
    expect(config.allowedOrigins).toEqual(['http://localhost:5173', 'https://journey.example.com']);
  });

  it('refuses malformed host and origin entries', () => {
    for (const bad of ['http://x.com', 'x.com/path', 'user@x.com', 'x.com:port']) {
      expect(() => configFromEnv({ JOURNEY_PUBLIC_HOSTS: bad }), bad).toThrow(/JOURNEY_PUBLIC_HOSTS/);
    }
    for (const bad of ['x.com', 'ftp://x.com', 'https://x.com/app', 'null', '*']) {
      expect(() => configFromEnv({ JOURNEY_ALLOWED_ORIGINS: bad }), bad).toThrow(/JOURNEY_ALLOWED_ORIGINS/);
    }
  });

  it('lets an open server bind a network only when JOURNEY_ACCESS=open is explicit', () => {
    expect(configFromEnv({ HOST: '0.0.0.0' }).openOnNetwork).toBe(false);
    expect(configFromEnv({ HOST: '0.0.0.0', JOURNEY_ACCESS: 'open' }).openOnNetwork).toBe(true);
    expect(configFromEnv({ JOURNEY_ACCESS: 'locked' }).openOnNetwork).toBe(false);
  });
});

describe('redactSecrets', () => {
  it('keeps tokens out of log lines', () => {
    const token = `${'eyJ2IjoxLCJtYXAiOiJtYXBfYWJjIn0'}.${'A'.repeat(43)}`;
    const line = formatLogLine('error', 'http.failed', { url: `/ws/map_abc?schema=2&token=${token}` });
    expect(line).not.toContain(token);
    expect(line).toContain('schema=2&token=[redacted]');
    expect(redactSecrets(`link ${token} used`)).toBe('link [redacted-token] used');
    expect(redactSecrets('Authorization: Bearer abc.def')).toBe('Authorization: Bearer [redacted]');
  });
});

describe('configFromEnv: quotas', () => {
  it('reads the quota settings and rejects malformed ones', () => {
    const config = configFromEnv({
      JOURNEY_CREATE_PER_MINUTE: '60',
      JOURNEY_CREATE_BURST: '5',
      JOURNEY_TRUST_PROXY: '1',
      JOURNEY_MAX_MAPS: '100',
      JOURNEY_MAX_STORE_BYTES: String(2 * 1024 * 1024),
      JOURNEY_FAILED_ATTEMPTS_PER_MINUTE: '3',
    });
    expect(config).toMatchObject({ createPerMinute: 60, createBurst: 5, trustProxy: true });
    expect(config).toMatchObject({
      maxMaps: 100,
      maxStoreBytes: 2 * 1024 * 1024,
      failedAttemptsPerMinute: 3,
    });
    expect(configFromEnv({ JOURNEY_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(() => configFromEnv({ JOURNEY_TRUST_PROXY: 'yes' })).toThrow(/JOURNEY_TRUST_PROXY/);
    expect(() => configFromEnv({ JOURNEY_CREATE_PER_MINUTE: '0' })).toThrow(/JOURNEY_CREATE_PER_MINUTE/);
    expect(() => configFromEnv({ JOURNEY_MAX_STORE_BYTES: '1000' })).toThrow(/JOURNEY_MAX_STORE_BYTES/);
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
