import path from 'node:path';
import { ACCESS_MODES, type AccessMode } from '../model';

/**
 * Server settings, read once from the environment by main.ts. Tests build a `ServerConfig`
 * directly (port 0, temp data dir) instead of touching process.env.
 */
export interface ServerConfig {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** 0.0.0.0 by default so people on the same LAN (a workshop room) can join the host's map. */
  host: string;
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
  /** How long an empty room stays in memory, so a page reload does not reload from disk. */
  roomTtlMs: number;
  /** Interval of WebSocket pings; a socket that misses one is dropped so its presence goes away. */
  heartbeatMs: number;
  /** Max HTTP JSON body. */
  maxBodyBytes: number;
  /** `open`: the map URL is enough to edit (a local workshop). `locked`: share links required. */
  access: AccessMode;
  /** Signs share links; unset: generated once into `<dataDir>/secret.key`. At least 32 characters. */
  secret: string | undefined;
  /** Lists and creates maps on a locked server, and is editor on every map. Unset: nobody can. */
  adminToken: string | undefined;
  /** Days a deleted map stays in the trash, restorable by its owner, before it is deleted for good. */
  trashDays: number;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '..');

export const DEFAULT_CONFIG: ServerConfig = {
  port: 1234,
  host: '0.0.0.0',
  dataDir: path.join(process.cwd(), 'data'),
  staticDir: path.join(REPO_ROOT, 'dist'),
  maxMessageBytes: 1024 * 1024,
  maxDocBytes: 32 * 1024 * 1024,
  maxMessagesPerSecond: 100,
  maxBytesPerSecond: 2 * 1024 * 1024,
  compactEvery: 200,
  roomTtlMs: 10_000,
  heartbeatMs: 30_000,
  maxBodyBytes: 1024 * 1024,
  access: 'open',
  secret: undefined,
  adminToken: undefined,
  trashDays: 30,
};

/** Reads PORT, HOST, JOURNEY_* variables; a malformed number fails fast instead of defaulting. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    port: intVar(env, 'PORT', DEFAULT_CONFIG.port, 0),
    host: env.HOST || DEFAULT_CONFIG.host,
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
    roomTtlMs: intVar(env, 'JOURNEY_ROOM_TTL_MS', DEFAULT_CONFIG.roomTtlMs, 0),
    access: accessVar(env.JOURNEY_ACCESS),
    secret: secretVar(env, 'JOURNEY_SECRET', 32),
    adminToken: secretVar(env, 'JOURNEY_ADMIN_TOKEN', 16),
    trashDays: intVar(env, 'JOURNEY_TRASH_DAYS', DEFAULT_CONFIG.trashDays, 1),
  };
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

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return value;
}
