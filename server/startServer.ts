import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { WebSocketServer } from 'ws';
import { AccessGate } from './access/AccessGate';
import { FailedAttempts } from './access/FailedAttempts';
import { LinkSessions } from './access/LinkSessions';
import { chooseProtocol } from './access/person';
import { loadServerSecret, SECRET_FILE } from './access/serverSecret';
import { CloseCode } from './closeCodes';
import { announceSaves, listenToCluster } from './cluster/clusterEvents';
import { LOCAL_RELAY, type DocRelay } from './cluster/DocRelay';
import { DEFAULT_CONFIG, type ServerConfig } from './config';
import { createApiRoutes } from './http/apiRoutes';
import { TemplatesApi } from './templates/TemplatesApi';
import { answerClientError } from './http/clientError';
import { VersionsApi } from './http/versionsApi';
import { RevertApi } from './http/revertApi';
import { CreateQuota } from './http/createQuota';
import { LinksApi } from './http/linksApi';
import { MetricsApi } from './http/metricsApi';
import { AddressLimiter } from './access/AddressLimiter';
import { MapFilesApi } from './http/mapFilesApi';
import { MapsApi } from './http/mapsApi';
import { createOriginPolicy, guardUpgrades } from './http/originPolicy';
import { TrashApi } from './http/trashApi';
import { createRequestHandler } from './http/requestHandler';
import { createStaticHandler } from './http/staticFiles';
import { ImportPool } from './imports/ImportPool';
import { createLogger, errorMessage, type Logger } from './log';
import { HookList } from './rooms/combineHooks';
import { MapDigests } from './programme/MapDigests';
import { MapLinks } from './links/MapLinks';
import { inboxRoutes } from './http/inboxApi';
import { Mailer } from './notifications/Mailer';
import { NotificationService } from './notifications/NotificationService';
import { checkOpenBind } from './openMode';
import { prepareDataDir, warnIfReadableByOthers } from './persistence/dataDir';
import type { MapStore } from './persistence/MapStore';
import { batchSummary, SqliteJournal } from './persistence/SqliteJournal';
import type { PgStore } from './persistence/pg/PgStore';
import { SqliteStore } from './persistence/SqliteStore';
import { RoomManager } from './rooms/RoomManager';
import { countCardChanges, type CountChanges } from './versions/countCardChanges';
import { MapSessions } from './versions/MapSessions';
import { ReadoutService } from './versions/ReadoutService';
import { VersionService } from './versions/VersionService';
import { VersionTaker } from './versions/VersionTaker';
import { ConnectionGate } from './ws/ConnectionGate';
import { startHeartbeat } from './ws/heartbeat';
import { createUpgradeHandler } from './ws/upgrade';
import { ensureLibraryRow } from './persistence/libraryRow';

export interface StartOptions extends Partial<ServerConfig> {
  logger?: Logger;
  /** Another MapStore; defaults to SQLite in `dataDir`. The server closes it on shutdown. */
  store?: MapStore;
  /** Parse imports on the main thread, as before the import pool (bench/importEventLoop.bench.ts). */
  importsInline?: boolean;
  /**
   * The server's clock for the trash (trashing, purging), stored edits and versions (hourly,
   * retention); tests move it instead of waiting hours or days.
   */
  now?: () => number;
  /** How a version counts the cards changed since the one before (the model's diff, once merged). */
  countChanges?: CountChanges;
}

/** How often the trash is purged of maps past `trashDays` (also once at start). */
const PURGE_EVERY_MS = 3_600_000;

export interface RunningServer {
  port: number;
  /** http://host:port, with 127.0.0.1 when listening on all interfaces. */
  url: string;
  store: MapStore;
  rooms: RoomManager;
  /** Graceful shutdown: stop accepting, close clients with 1001, save rooms, close the store. */
  close(): Promise<void>;
}

/** Imports parsed at once (worker threads) and imports waiting for one; more get 503. */
const IMPORT_WORKERS = 2;
const IMPORT_QUEUE = 16;

/** How long closing clients get to finish the close handshake before being cut off. */
const CLOSE_GRACE_MS = 2000;

/**
 * Wires the pipeline: HTTP (API + client files) and WebSocket upgrade → Connection → Room →
 * store. Tests call this with port 0 and a temp data dir; main.ts with the environment.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config: ServerConfig = { ...DEFAULT_CONFIG, ...definedOnly(options) };
  const logger = options.logger ?? createLogger();
  checkOpenBind(config, logger);
  if (!options.store) prepareDataDir(config.dataDir);
  // Issue 20: several processes hear each other through Redis; unreachable, the start fails here.
  // The Redis and PostgreSQL clients load only when configured: one process on SQLite (the
  // default) never evaluates them, which keeps ~10 MB of heap off an idle server (bench T2).
  const relay: DocRelay = config.redisUrl
    ? await (await import('./cluster/RedisRelay')).RedisRelay.connect(config.redisUrl, logger)
    : LOCAL_RELAY;
  const Pg =
    options.store || !config.databaseUrl ? undefined : (await import('./persistence/pg/PgStore')).PgStore;
  // Issue 20: JOURNEY_DATABASE_URL → PostgreSQL, shared by every process (throws if unreachable).
  let pgStore: PgStore | undefined;
  let secret: string;
  try {
    pgStore = Pg && config.databaseUrl ? new Pg(config.databaseUrl, { logger }) : undefined;
    // Before SQLite opens: a bad secret file must stop the start, not leave a DB open. With
    // PostgreSQL and no JOURNEY_SECRET the secret is the database's, so every process signs alike.
    secret =
      pgStore && config.secret === undefined
        ? pgStore.sharedSecret()
        : loadServerSecret(config.dataDir, config.secret, logger);
  } catch (err) {
    pgStore?.close();
    await relay.close();
    throw err;
  }
  const store =
    options.store ?? pgStore ?? SqliteStore.inDataDir(config.dataDir, { lingerMs: config.journalLingerMs });
  // Started now (for SQLite, its worker thread), so the first edit does not wait for it.
  const journal = store.journal;
  if (config.redisUrl && !pgStore && !options.store) {
    logger.warn('relay.without_database', {
      hint: 'several processes must share JOURNEY_DATABASE_URL (PostgreSQL); the SQLite file is one process’s',
    });
  }
  warnIfReadableByOthers(
    [
      ...(config.secret === undefined && !pgStore ? [path.join(config.dataDir, SECRET_FILE)] : []),
      ...(options.store || pgStore ? [] : [SqliteStore.fileIn(config.dataDir)]),
    ],
    logger,
  );
  ensureLibraryRow(store, Date.now());
  const access = new AccessGate({
    mode: config.access,
    secret,
    adminToken: config.adminToken,
    links: store.links,
  });
  const sessions = new LinkSessions();
  const attempts = new FailedAttempts({
    perMinute: config.failedAttemptsPerMinute,
    trustProxy: config.trustProxy,
    logger,
    onSpent: (address) => relay.publishEvent({ type: 'failed-attempt', address }),
  });
  if (config.access === 'locked' && config.adminToken === undefined) {
    logger.warn('access.locked_without_admin', { hint: 'set JOURNEY_ADMIN_TOKEN to list and create maps' });
  }
  const now = options.now ?? Date.now;
  // The versions read live docs through the rooms, which report to them: built in two steps.
  const liveRooms: { manager?: RoomManager } = {};
  const taker = new VersionTaker(store, (mapId, kind) => liveRooms.manager?.get(mapId, kind)?.doc, {
    now,
    retention: config.versionRetention,
    editWindowMs: config.editWindowMs,
    countChanges: options.countChanges ?? countCardChanges,
    logger,
  });
  const mapSessions = new MapSessions(store, taker, { now, versionEveryMs: config.versionEveryMs, logger });
  // Everything that hears the rooms' moments: the history first, then the programme services.
  const roomHooks = new HookList((err) => logger.error('room.hook_failed', { error: errorMessage(err) }));
  roomHooks.add(mapSessions);
  const rooms = new RoomManager(store, {
    compactEvery: config.compactEvery,
    roomTtlMs: config.roomTtlMs,
    storageRetryMs: config.storageRetryMs,
    logger,
    hooks: roomHooks,
    now,
    relay,
  });
  liveRooms.manager = rooms;
  const digests = new MapDigests(store, rooms, now, (mapId, err) =>
    logger.error('digest.failed', { mapId, error: errorMessage(err) }),
  );
  roomHooks.add(digests.hooks);
  // Linked journeys (issue 21): children's roll-ups, parents, and `links-changed` to loaded parents.
  const mapLinks = new MapLinks(store, rooms, now, (mapId, err) =>
    logger.error('links.failed', { mapId, error: errorMessage(err) }),
  );
  roomHooks.add(mapLinks.hooks);
  // The inbox (issue 19): notifications from what the rooms save, e-mailed when SMTP is set.
  const notifications = new NotificationService(store, rooms, {
    now,
    logger,
    mailer: config.smtpUrl ? new Mailer(config.smtpUrl, config.smtpFrom, logger) : undefined,
    publicUrl: config.publicUrl,
  });
  roomHooks.add(notifications);
  notifications.start();
  const savesAnnounced = announceSaves(relay);
  roomHooks.add(savesAnnounced);

  let closing: Promise<void> | undefined;
  // Keep-alive connections outlive server.close(): requests on them must not reopen rooms.
  const isClosing = () => closing !== undefined;
  // A map in the trash does not exist for anyone but the trash routes.
  const mapExists = (id: string) => {
    const map = store.getMap(id);
    return map !== undefined && (map.deletedAt ?? null) === null;
  };
  // A map trashed or restored: its parents' links change, here and (as a cache drop, which also
  // tells their parents) in every other process. A trash also closes it everywhere (`map-closed`).
  const trash = new TrashApi(store, rooms, config.trashDays, logger, options.now, (id) => {
    mapLinks.presenceChanged(id);
    relay.publishEvent({ type: 'cache-dropped', mapId: id });
  });
  trash.purge();
  const purgeTimer = setInterval(() => trash.purge(), PURGE_EVERY_MS);
  purgeTimer.unref();
  const imports = new ImportPool({
    workers: IMPORT_WORKERS,
    queue: IMPORT_QUEUE,
    inline: options.importsInline,
  });
  const versionService = new VersionService(store, rooms, mapSessions);
  const metricsLimiter = new AddressLimiter({
    perMinute: config.metricsPerMinute,
    burst: config.metricsBurst,
    onSpent: (key) => relay.publishEvent({ type: 'rate-spent', limiter: 'metrics', key }),
  });
  const quota = new CreateQuota(
    store,
    {
      perMinute: config.createPerMinute,
      burst: config.createBurst,
      trustProxy: config.trustProxy,
      maxMaps: config.maxMaps,
      maxStoreBytes: config.maxStoreBytes,
      onSpent: (key) => relay.publishEvent({ type: 'rate-spent', limiter: 'create', key }),
    },
    logger,
  );
  const api = createApiRoutes({
    maps: new MapsApi(store, rooms, digests, mapLinks),
    files: new MapFilesApi(store, rooms, imports),
    links: new LinksApi(store.links, access, sessions, logger, relay),
    trash,
    versions: new VersionsApi(versionService, new ReadoutService(store, rooms, taker)),
    revert: new RevertApi({ store, rooms, sessions: mapSessions, versions: versionService, now }),
    metrics: new MetricsApi({
      tokens: store.tokens,
      rooms,
      mapExists,
      limiter: metricsLimiter,
      attempts,
      now,
    }),
    access,
    attempts,
    mapExists,
    getMap: (id) => store.getMap(id),
    maxBodyBytes: config.maxBodyBytes,
    actions: { digests, rooms, access, attempts, mapExists, listMaps: () => store.listMaps() },
    inbox: inboxRoutes(store, notifications, config.maxBodyBytes, now),
    linked: {
      mapLinks,
      access,
      attempts,
      mapExists,
      getMap: (id) => store.getMap(id),
      listMaps: () => store.listMaps(),
    },
    templates: new TemplatesApi({
      templates: store.templates,
      rooms,
      nameOf: (mapId, personId) => mapSessions.nameOf(mapId, personId),
      now,
    }),
    quota,
  });
  const stopListening = listenToCluster(relay, {
    rooms,
    sessions,
    attempts,
    quota,
    metricsLimiter,
    digests,
    mapLinks,
    store,
    logger,
  });
  const originPolicy = createOriginPolicy(config);
  const server = http.createServer(
    // Timeouts are checked this often: a socket that never sends its headers is cut after syncTimeoutMs.
    { connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(config.syncTimeoutMs / 2))) },
    createRequestHandler({
      api,
      staticFiles: createStaticHandler(config.staticDir),
      logger,
      isClosing,
      originPolicy,
    }),
  );
  // A silent TCP connection (no request, no upgrade) must not hold a slot: 408 and closed.
  server.headersTimeout = config.syncTimeoutMs;
  server.requestTimeout = Math.max(server.requestTimeout, config.syncTimeoutMs);
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: config.maxMessageBytes,
    handleProtocols: chooseProtocol,
  });
  const limits = {
    maxDocBytes: config.maxDocBytes,
    maxPendingBytes: config.maxMessageBytes,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBytesPerSecond: config.maxBytesPerSecond,
    maxUnsentBytes: config.maxUnsentBytes,
    slowReaderGraceMs: config.slowReaderGraceMs,
    syncTimeoutMs: config.syncTimeoutMs,
  };
  const gate = new ConnectionGate(config);
  server.on(
    'upgrade',
    createUpgradeHandler({
      wss,
      rooms,
      access,
      sessions,
      mapExists,
      logger,
      limits,
      gate,
      isClosing,
      attempts,
    }),
  );
  // After the upgrade handlers: a page on another site (or a rebinding name) never reaches them.
  guardUpgrades(server, originPolicy, logger);
  server.on('clientError', (err, socket) => {
    logger.warn('http.client_error', { error: err.message });
    answerClientError(err, socket);
  });
  const stopHeartbeat = startHeartbeat(wss, config.heartbeatMs);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (err: unknown) => {
    await relay.close();
    throw err;
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  logger.info('server.listening', {
    host: config.host,
    port,
    dataDir: options.store ? undefined : config.dataDir,
    access: config.access,
  });

  const close = () => {
    closing ??= (async () => {
      logger.info('server.closing', { rooms: rooms.loadedCount, clients: wss.clients.size });
      stopHeartbeat();
      clearInterval(purgeTimer);
      sessions.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const roomsClosed = rooms.closeAll(CloseCode.GOING_AWAY, 'server shutting down');
      await waitUntil(() => wss.clients.size === 0, CLOSE_GRACE_MS);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await stopped;
      await imports.close();
      // Every room's appends have settled and it is compacted; then the journal commits the rest.
      await roomsClosed;
      await journal.close();
      if (journal instanceof SqliteJournal) logger.info('journal.batches', batchSummary(journal.stats));
      notifications.close();
      stopListening();
      savesAnnounced.stop();
      mapLinks.stop();
      await relay.close();
      store.close();
      logger.info('server.closed');
    })();
    return closing;
  };

  return { port, url: `http://${host}:${port}`, store, rooms, close };
}

function waitUntil(cond: () => boolean, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => (cond() || Date.now() - started > timeoutMs ? resolve() : setTimeout(tick, 20));
    tick();
  });
}

function definedOnly<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
