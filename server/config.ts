import path from 'node:path';
import { ACCESS_MODES, type AccessMode } from '../model';
import { DEFAULT_RETENTION, type RetentionPolicy } from './versions/retention';
import { DEFAULT_EMAIL_CONFIG, emailFromEnv, type EmailConfig } from './notifications/emailConfig';

/**
 * Server settings, read once from the environment by main.ts. Tests build a `ServerConfig`
 * directly (port 0, temp data dir) instead of touching process.env.
 */
export interface ServerConfig extends EmailConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /**
   * Loopback by default: an open server is for this machine. Serving a network needs locked mode, or
   * an explicit JOURNEY_ACCESS=open (`openOnNetwork`), which startServer warns about loudly.
   */
  host: string;
  /**
   * Host names (host or host:port) the server answers to besides localhost, IP literals and the
   * bound host: any other Host header is refused (DNS rebinding). JOURNEY_PUBLIC_HOSTS.
   */
  publicHosts: string[];
  /**
   * Origins (scheme://host[:port]) that may open sockets and send state-changing requests besides
   * the server's own origin; browsers send Origin on both. JOURNEY_ALLOWED_ORIGINS.
   */
  allowedOrigins: string[];
  /** True only when JOURNEY_ACCESS=open was set explicitly: an open server may then bind a network address. */
  openOnNetwork: boolean;
  /** Holds journey.sqlite (plus its WAL files). */
  dataDir: string;
  /** Built client (vite build output); served for every non-API path. */
  staticDir: string;
  /** Largest WebSocket message accepted; bigger frames are closed with 1009 by `ws`. */
  maxMessageBytes: number;
  /** Largest a map (or comments) doc may grow, encoded; a write past it is refused with 4413. */
  maxDocBytes: number;
  /** Sustained messages per second one connection may send (bursts of twice that); 4429 past it. */
  maxMessagesPerSecond: number;
  /** Sustained bytes per second one connection may send (bursts of twice that); 4429 past it. */
  maxBytesPerSecond: number;
  /** Number of logged updates per map that triggers folding them into one snapshot. */
  compactEvery: number;
  /**
   * How long an update that finds the journal idle waits for others before its commit starts (ms;
   * 0: to the end of the event-loop turn). Under load, batches form without it (issue 20).
   */
  journalLingerMs: number;
  /** How long an empty room stays in memory, so a page reload does not reload from disk. */
  roomTtlMs: number;
  /** Interval of WebSocket pings; a socket that misses one is dropped so its presence goes away. */
  heartbeatMs: number;
  /** Max HTTP JSON body. */
  maxBodyBytes: number;
  /**
   * Bytes one connection may have unsent (socket buffer + our queue) before it counts as a slow
   * reader; one that stays over it for `slowReaderGraceMs` is closed with 4420.
   */
  maxUnsentBytes: number;
  /** How long a connection may stay over `maxUnsentBytes` while draining (a big first sync). */
  slowReaderGraceMs: number;
  /** A socket must send its HTTP headers, upgrade and start the sync within this; else 408 / 4408. */
  syncTimeoutMs: number;
  /** Open WebSockets the server accepts in all; more upgrades get HTTP 503 + Retry-After. */
  maxConnections: number;
  /** Open WebSockets one client address may hold; more upgrades get HTTP 503 + Retry-After. */
  maxConnectionsPerAddress: number;
  /** After a failed write (full disk) a doc refuses to load again for this long: 1013 / 503. */
  storageRetryMs: number;
  /** `open`: the map URL is enough to edit (a local workshop). `locked`: share links required. */
  access: AccessMode;
  /** Signs share links; unset: generated once into `<dataDir>/secret.key`. At least 32 characters. */
  secret: string | undefined;
  /** Lists and creates maps on a locked server, and is editor on every map. Unset: nobody can. */
  adminToken: string | undefined;
  /** Map creations (create, import, duplicate) per client address per minute, sustained; 429 past it. */
  createPerMinute: number;
  /** How many creations one address may make at once before the per-minute rate applies. */
  createBurst: number;
  /** Take the client address from X-Forwarded-For (its last entry): only behind a proxy that sets it. */
  trustProxy: boolean;
  /** Most maps the server holds; creating one more is refused with 507. */
  maxMaps: number;
  /** Most bytes the database may use; creating a map past it is refused with 507. */
  maxStoreBytes: number;
  /** Refused tokens (share links, admin token) per client address per minute before 429. */
  failedAttemptsPerMinute: number;
  /** Days a deleted map stays in the trash, restorable by its owner, before it is deleted for good. */
  trashDays: number;
  /** While a map is edited, a version is taken at most this often (besides sessions and restores). */
  versionEveryMs: number;
  /** Which automatic versions are kept (named ones always are): server/versions/retention.ts. */
  versionRetention: RetentionPolicy;
  /** How far back the attributed edit log goes (revert by person); older edits are pruned. */
  editWindowMs: number;
  /** Metrics pushes per API token per minute, sustained; 429 + Retry-After past it. */
  metricsPerMinute: number;
  /** How many pushes one token may send at once before the per-minute rate applies. */
  metricsBurst: number;
  /**
   * Issue 20: PostgreSQL instead of the embedded SQLite file (JOURNEY_DATABASE_URL), so several
   * processes share the maps. Unset: SQLite in `dataDir`.
   */
  databaseUrl: string | undefined;
  /** Issue 20: Redis relays updates, presence and events between processes (JOURNEY_REDIS_URL). */
  redisUrl: string | undefined;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export const DEFAULT_CONFIG: ServerConfig = {
  port: 1234,
  host: '127.0.0.1',
  publicHosts: [],
  allowedOrigins: [],
  openOnNetwork: false,
  dataDir: path.join(process.cwd(), 'data'),
  staticDir: path.join(REPO_ROOT, 'dist'),
  maxMessageBytes: 1024 * 1024,
  maxDocBytes: 32 * 1024 * 1024,
  maxMessagesPerSecond: 100,
  maxBytesPerSecond: 2 * 1024 * 1024,
  compactEvery: 200,
  journalLingerMs: 0,
  roomTtlMs: 10_000,
  heartbeatMs: 30_000,
  maxBodyBytes: 1024 * 1024,
  maxUnsentBytes: 8 * 1024 * 1024,
  slowReaderGraceMs: 10_000,
  syncTimeoutMs: 10_000,
  maxConnections: 2000,
  maxConnectionsPerAddress: 100,
  storageRetryMs: 30_000,
  access: 'open',
  secret: undefined,
  adminToken: undefined,
  createPerMinute: 30,
  createBurst: 10,
  trustProxy: false,
  maxMaps: 10_000,
  maxStoreBytes: 10 * 1024 ** 3,
  failedAttemptsPerMinute: 10,
  trashDays: 30,
  versionEveryMs: 3_600_000,
  versionRetention: DEFAULT_RETENTION,
  editWindowMs: 7 * 24 * 3_600_000,
  metricsPerMinute: 60,
  metricsBurst: 20,
  databaseUrl: undefined,
  redisUrl: undefined,
  ...DEFAULT_EMAIL_CONFIG,
};

/** Reads PORT, HOST, JOURNEY_* variables; a malformed number fails fast instead of defaulting. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    port: intVar(env, 'PORT', DEFAULT_CONFIG.port, 0),
    host: env.HOST || DEFAULT_CONFIG.host,
    publicHosts: listVar(env, 'JOURNEY_PUBLIC_HOSTS', parseHostEntry),
    allowedOrigins: listVar(env, 'JOURNEY_ALLOWED_ORIGINS', parseOriginEntry),
    openOnNetwork: env.JOURNEY_ACCESS === 'open',
    dataDir: path.resolve(env.JOURNEY_DATA_DIR || DEFAULT_CONFIG.dataDir),
    staticDir: path.resolve(env.JOURNEY_STATIC_DIR || DEFAULT_CONFIG.staticDir),
    maxMessageBytes: intVar(env, 'JOURNEY_MAX_MESSAGE_BYTES', DEFAULT_CONFIG.maxMessageBytes, 1024),
    maxDocBytes: intVar(env, 'JOURNEY_MAX_DOC_BYTES', DEFAULT_CONFIG.maxDocBytes, 64 * 1024),
    maxMessagesPerSecond: intVar(
      env,
      'JOURNEY_MAX_MESSAGES_PER_SECOND',
      DEFAULT_CONFIG.maxMessagesPerSecond,
      1,
    ),
    maxBytesPerSecond: intVar(env, 'JOURNEY_MAX_BYTES_PER_SECOND', DEFAULT_CONFIG.maxBytesPerSecond, 1024),
    compactEvery: intVar(env, 'JOURNEY_COMPACT_EVERY', DEFAULT_CONFIG.compactEvery, 1),
    journalLingerMs: intVar(env, 'JOURNEY_JOURNAL_LINGER_MS', DEFAULT_CONFIG.journalLingerMs, 0),
    roomTtlMs: intVar(env, 'JOURNEY_ROOM_TTL_MS', DEFAULT_CONFIG.roomTtlMs, 0),
    maxUnsentBytes: intVar(env, 'JOURNEY_MAX_UNSENT_BYTES', DEFAULT_CONFIG.maxUnsentBytes, 64 * 1024),
    syncTimeoutMs: intVar(env, 'JOURNEY_SYNC_TIMEOUT_MS', DEFAULT_CONFIG.syncTimeoutMs, 100),
    maxConnections: intVar(env, 'JOURNEY_MAX_CONNECTIONS', DEFAULT_CONFIG.maxConnections, 1),
    maxConnectionsPerAddress: intVar(
      env,
      'JOURNEY_MAX_CONNECTIONS_PER_ADDRESS',
      DEFAULT_CONFIG.maxConnectionsPerAddress,
      1,
    ),
    storageRetryMs: intVar(env, 'JOURNEY_STORAGE_RETRY_MS', DEFAULT_CONFIG.storageRetryMs, 0),
    access: accessVar(env.JOURNEY_ACCESS),
    secret: secretVar(env, 'JOURNEY_SECRET', 32),
    adminToken: secretVar(env, 'JOURNEY_ADMIN_TOKEN', 16),
    createPerMinute: intVar(env, 'JOURNEY_CREATE_PER_MINUTE', DEFAULT_CONFIG.createPerMinute, 1),
    createBurst: intVar(env, 'JOURNEY_CREATE_BURST', DEFAULT_CONFIG.createBurst, 1),
    trustProxy: flagVar(env, 'JOURNEY_TRUST_PROXY'),
    maxMaps: intVar(env, 'JOURNEY_MAX_MAPS', DEFAULT_CONFIG.maxMaps, 1),
    maxStoreBytes: intVar(env, 'JOURNEY_MAX_STORE_BYTES', DEFAULT_CONFIG.maxStoreBytes, 1024 * 1024),
    failedAttemptsPerMinute: intVar(
      env,
      'JOURNEY_FAILED_ATTEMPTS_PER_MINUTE',
      DEFAULT_CONFIG.failedAttemptsPerMinute,
      1,
    ),
    trashDays: intVar(env, 'JOURNEY_TRASH_DAYS', DEFAULT_CONFIG.trashDays, 1),
    metricsPerMinute: intVar(env, 'JOURNEY_METRICS_PER_MINUTE', DEFAULT_CONFIG.metricsPerMinute, 1),
    metricsBurst: intVar(env, 'JOURNEY_METRICS_BURST', DEFAULT_CONFIG.metricsBurst, 1),
    databaseUrl: urlVar(env, 'JOURNEY_DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: urlVar(env, 'JOURNEY_REDIS_URL', ['redis:', 'rediss:', 'unix:']),
    ...historyFromEnv(env),
    ...emailFromEnv(env),
  };
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Versions and the edit log: how often a map being edited gets a version, and how long automatic
 * versions are kept (all of them, then hourly, then daily). Each period must contain the one before.
 */
function historyFromEnv(
  env: NodeJS.ProcessEnv,
): Pick<ServerConfig, 'versionEveryMs' | 'versionRetention' | 'editWindowMs'> {
  const d = DEFAULT_CONFIG;
  const keepAllMs =
    intVar(env, 'JOURNEY_VERSIONS_ALL_HOURS', d.versionRetention.keepAllMs / HOUR_MS, 1) * HOUR_MS;
  const hourlyMs =
    intVar(env, 'JOURNEY_VERSIONS_HOURLY_DAYS', d.versionRetention.hourlyMs / DAY_MS, 1) * DAY_MS;
  const dailyMs = intVar(env, 'JOURNEY_VERSIONS_DAILY_DAYS', d.versionRetention.dailyMs / DAY_MS, 1) * DAY_MS;
  if (!(keepAllMs <= hourlyMs && hourlyMs <= dailyMs)) {
    throw new Error(
      'JOURNEY_VERSIONS_ALL_HOURS ≤ JOURNEY_VERSIONS_HOURLY_DAYS ≤ JOURNEY_VERSIONS_DAILY_DAYS (as periods) is required',
    );
  }
  return {
    versionEveryMs: intVar(env, 'JOURNEY_VERSION_EVERY_MINUTES', d.versionEveryMs / 60_000, 1) * 60_000,
    versionRetention: { keepAllMs, hourlyMs, dailyMs },
    editWindowMs: intVar(env, 'JOURNEY_EDIT_LOG_DAYS', d.editWindowMs / DAY_MS, 1) * DAY_MS,
  };
}

/** A comma-separated list; each entry normalized by `parse`, which throws on a malformed one. */
function listVar(
  env: NodeJS.ProcessEnv,
  name: string,
  parse: (entry: string) => string | undefined,
): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const value = parse(entry.trim());
    if (value === undefined) throw new Error(`${name}: "${entry.trim()}" is not valid`);
    return value;
  });
}

/** `host` or `host:port`, lower-cased; no scheme, path or user. */
function parseHostEntry(entry: string): string | undefined {
  if (!/^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i.test(entry)) return undefined;
  return entry.toLowerCase();
}

/** `scheme://host[:port]` as the browser sends it in Origin (no path, no trailing slash). */
function parseOriginEntry(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') return undefined;
  return url.origin;
}

function accessVar(raw: string | undefined): AccessMode {
  if (raw === undefined || raw === '') return DEFAULT_CONFIG.access;
  if (!(ACCESS_MODES as readonly string[]).includes(raw)) {
    throw new Error(`JOURNEY_ACCESS must be one of ${ACCESS_MODES.join(', ')}, got "${raw}"`);
  }
  return raw as AccessMode;
}

/** A guessable secret is worse than none: too short fails the start instead of being used. */
function secretVar(env: NodeJS.ProcessEnv, name: string, minLength: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < minLength || /\s/.test(raw)) {
    throw new Error(`${name} must be at least ${minLength} characters, without spaces`);
  }
  return raw;
}

/** `1` or `0` (unset: false); anything else fails the start rather than guessing. */
function flagVar(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  throw new Error(`${name} must be 1 or 0, got "${raw}"`);
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}

/** A connection URL with one of `schemes` (unset: undefined); a malformed one fails the start. */
function urlVar(env: NodeJS.ProcessEnv, name: string, schemes: string[]): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be a URL (${schemes.join(' or ')}//…), got "${raw}"`);
  }
  if (!schemes.includes(url.protocol)) {
    throw new Error(
      `${name} must start with ${schemes.map((s) => `${s}//`).join(' or ')}, got "${url.protocol}//"`,
    );
  }
  return raw;
}
