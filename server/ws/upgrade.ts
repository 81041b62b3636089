import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { MAP_ID_PATTERN, UnsupportedSchemaError } from '../../model';
import type { Room } from '../rooms/Room';
import { ACCESS_ERRORS, accessCloseReason } from '../access/accessErrors';
import type { AccessGate } from '../access/AccessGate';
import type { FailedAttempts } from '../access/FailedAttempts';
import type { LinkSessions } from '../access/LinkSessions';
import { tokenFromRequest, type AccessGrant, type AccessRefusal } from '../access/resolveAccess';
import { personFromRequest } from '../access/person';
import { roomAccess } from '../access/roomAccess';
import { CloseCode, closeReason } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import { docRef, LIBRARY_REF, type DocRef } from '../persistence/docKeys';
import { StorageUnavailableError } from '../persistence/StorageUnavailableError';
import type { RoomManager } from '../rooms/RoomManager';
import { outdatedClientReason, statedSchemaVersion } from './clientSchema';
import { Connection, type ConnectionLimits } from './Connection';
import { asksForNotices } from './noticeOptIn';
import type { ConnectionGate } from './ConnectionGate';

/** `/ws/<mapId>` (the map) or `/ws/<mapId>/comments`; any query string (the token) is not the path. */
const WS_PATH = /^\/ws\/([^/]+)(?:\/(comments))?\/?$/;
/**
 * The persona library's room (issue 21): a map socket is `/ws/<id>` or `/ws/<id>/comments`, so a
 * `personas` tail can never name a map's doc, whatever the map id.
 */
export const LIBRARY_WS_PATH = '/ws/_library/personas';

export interface UpgradeDeps {
  wss: WebSocketServer;
  rooms: RoomManager;
  access: AccessGate;
  sessions: LinkSessions;
  /** Existence is checked before the token, and the room only loaded once the token is good. */
  mapExists: (mapId: string) => boolean;
  logger: Logger;
  limits: ConnectionLimits;
  /** Connection caps, global and per address: past them, 503 + Retry-After. */
  gate: ConnectionGate;
  /** True once shutdown began: new sockets are refused with 503. */
  isClosing: () => boolean;
  /** Throttles and logs refused tokens per address (HTTP 429 before the handshake). */
  attempts?: FailedAttempts;
}

/**
 * The `upgrade` handler: connect → authenticate → load room. A wrong link (bad path, unknown map)
 * gets a plain HTTP 404 before the handshake. A refused token gets a socket that closes at once with
 * 4401/4403 and a reason: browsers hide the HTTP status of a failed upgrade, but show close codes,
 * and the stock provider stops reconnecting on 44xx.
 */
export function createUpgradeHandler(deps: UpgradeDeps) {
  const { wss, rooms, logger, isClosing } = deps;
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Until `ws` takes the socket over, a reset by the peer must not become an uncaught error.
    const onSocketError = (err: Error) => logger.warn('ws.socket_error', { error: err.message });
    socket.on('error', onSocketError);
    try {
      if (isClosing()) return reject(socket, 503, 'server shutting down');
      const full = deps.gate.admit(socket, req.socket.remoteAddress ?? 'unknown');
      if (full) {
        logger.warn('ws.over_capacity', { reason: full, connections: deps.gate.count });
        return reject(socket, 503, full, { 'Retry-After': String(CAPACITY_RETRY_SECONDS) });
      }
      const ref = roomFromUrl(req.url ?? '');
      if (!ref) return reject(socket, 404, 'not a map url');
      const isLibrary = ref.kind === 'personas';
      if (!isLibrary && !deps.mapExists(ref.mapId)) return reject(socket, 404, 'map not found');
      const coolingMs = rooms.retryAfterMs(ref.mapId, ref.kind);
      if (coolingMs > 0) {
        const seconds = Math.ceil(coolingMs / 1000);
        return reject(socket, 503, `storage unavailable; retry in ${seconds} s`, {
          'Retry-After': String(seconds),
        });
      }
      const token = tokenFromRequest(req);
      const address = token === undefined ? undefined : deps.attempts?.addressOf(req);
      const allowed = address === undefined ? undefined : deps.attempts?.check(address);
      if (allowed && !allowed.ok) {
        return reject(socket, 429, 'too_many_attempts', { 'Retry-After': String(allowed.retryAfterSeconds) });
      }
      const resolve = () =>
        isLibrary ? deps.access.resolveLibrary(token) : deps.access.resolve(ref.mapId, token);
      const decision = resolve();
      if (!decision.ok) {
        if (address !== undefined) deps.attempts?.record(address, decision.code, 'ws');
        return refuseAfterHandshake(deps, req, socket, head, ref, decision);
      }
      const room = rooms.acquire(ref.mapId, ref.kind);
      if (!room) return reject(socket, 404, 'map not found');
      // The map doc only: the comments doc's shape did not change with the map's.
      const outdated = ref.kind === 'map' ? outdatedClientReason(req.url ?? '') : undefined;
      if (outdated) {
        deps.logger.warn('ws.outdated_client', { map: ref.mapId });
        wss.handleUpgrade(req, socket, head, (ws) =>
          ws.close(CloseCode.OUTDATED_CLIENT, closeReason(outdated)),
        );
        if (room.peerCount === 0) rooms.releaseIfIdle(room);
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        socket.off('error', onSocketError);
        if (isClosing()) return ws.close(CloseCode.GOING_AWAY, 'server shutting down');
        // Again: the link may have been revoked, or the map deleted, during the handshake.
        const grant = resolve();
        if (!grant.ok) return closeRefused(ws, deps, ref, grant);
        let live: Room | undefined;
        try {
          live = rooms.acquire(ref.mapId, ref.kind);
        } catch (err) {
          // The room failed during the handshake and its last appends are still settling.
          if (err instanceof StorageUnavailableError) {
            return ws.close(CloseCode.TRY_AGAIN_LATER, closeReason(err.message));
          }
          throw err;
        }
        if (!live) return ws.close(CloseCode.MAP_NOT_FOUND, 'map not found');
        const connection = new Connection(
          ws,
          live,
          logger,
          roomAccess(grant.role, ref.kind, personFromRequest(req)),
          deps.limits,
          // Past the check above, a map socket states this server's format: the write check in
          // Connection holds it to the map's, should the map move on while it is open.
          statedSchemaVersion(req.url ?? ''),
          asksForNotices(req.url ?? ''),
        );
        watchLink(deps, grant, connection, ws);
        // noServer mode does not emit 'connection' by itself; the heartbeat listens for it.
        wss.emit('connection', ws, req);
      });
      // Empty until the handshake completes; if it never does, the room unloads as usual.
      if (room.peerCount === 0) rooms.releaseIfIdle(room);
    } catch (err) {
      if (err instanceof UnsupportedSchemaError) return reject(socket, 409, err.message);
      if (err instanceof StorageUnavailableError) {
        const seconds = err.retryAfterSeconds;
        logger.warn('ws.storage_unavailable', { error: errorMessage(err) });
        return reject(socket, 503, `storage unavailable; retry in ${seconds} s`, {
          'Retry-After': String(seconds),
        });
      }
      logger.error('ws.upgrade_failed', { url: req.url, error: errorMessage(err) });
      reject(socket, 500, 'internal error');
    }
  };
}

/** The room a WebSocket URL names, or undefined for anything that is not a valid map room. */
export function roomFromUrl(rawUrl: string): DocRef | undefined {
  const pathname = new URL(rawUrl, 'http://localhost').pathname;
  if (pathname.replace(/\/$/, '') === LIBRARY_WS_PATH) return LIBRARY_REF;
  const match = WS_PATH.exec(pathname);
  if (!match?.[1]) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  if (!MAP_ID_PATTERN.test(id)) return undefined;
  return docRef(id, match[2] === 'comments' ? 'comments' : 'map');
}

/** A socket opened through a share link is closed when the link is revoked or expires. */
function watchLink(deps: UpgradeDeps, grant: AccessGrant, connection: Connection, ws: WebSocket): void {
  if (grant.linkId === undefined) return;
  const untrack = deps.sessions.track(grant.linkId, grant.expiresAt, connection);
  ws.once('close', untrack);
}

function refuseAfterHandshake(
  deps: UpgradeDeps,
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  ref: DocRef,
  refusal: AccessRefusal,
): void {
  deps.wss.handleUpgrade(req, socket, head, (ws) => closeRefused(ws, deps, ref, refusal));
}

function closeRefused(ws: WebSocket, deps: UpgradeDeps, ref: DocRef, refusal: AccessRefusal): void {
  deps.logger.warn('ws.refused', {
    map: ref.mapId,
    doc: ref.kind === 'map' ? undefined : ref.kind,
    code: refusal.code,
  });
  ws.close(ACCESS_ERRORS[refusal.code].closeCode, accessCloseReason(refusal.code));
}

/** What a client refused for capacity is told to wait before trying again. */
const CAPACITY_RETRY_SECONDS = 10;

const STATUS_TEXT: Record<number, string> = {
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** Answers the upgrade request with a real HTTP response, then closes the socket. */
function reject(socket: Duplex, status: number, message: string, headers: Record<string, string> = {}): void {
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ error: message });
  const extra = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      extra +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
