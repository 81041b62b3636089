import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { MAP_ID_PATTERN, UnsupportedSchemaError } from '../../model';
import { CloseCode } from '../closeCodes';
import { errorMessage, type Logger } from '../log';
import type { RoomManager } from '../rooms/RoomManager';
import { Connection } from './Connection';

/** `/ws/<mapId>`, any query string ignored (the provider may append params). */
const WS_PATH = /^\/ws\/([^/]+)\/?$/;

export interface UpgradeDeps {
  wss: WebSocketServer;
  rooms: RoomManager;
  logger: Logger;
  /** True once shutdown began: new sockets are refused with 503. */
  isClosing: () => boolean;
}

/**
 * The `upgrade` handler: checks the path and that the map exists (loading its room) before the
 * WebSocket handshake, so a wrong link gets a plain HTTP 404 instead of a socket that closes.
 */
export function createUpgradeHandler({ wss, rooms, logger, isClosing }: UpgradeDeps) {
  return (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Until `ws` takes the socket over, a reset by the peer must not become an uncaught error.
    const onSocketError = (err: Error) => logger.warn('ws.socket_error', { error: err.message });
    socket.on('error', onSocketError);
    try {
      if (isClosing()) return reject(socket, 503, 'server shutting down');
      const mapId = mapIdFromUrl(req.url ?? '');
      if (!mapId) return reject(socket, 404, 'not a map url');
      const room = rooms.acquire(mapId);
      if (!room) return reject(socket, 404, 'map not found');
      wss.handleUpgrade(req, socket, head, (ws) => {
        socket.off('error', onSocketError);
        if (isClosing()) return ws.close(CloseCode.GOING_AWAY, 'server shutting down');
        // Acquire again: the map may have been deleted (or its room unloaded) during the handshake.
        const live = rooms.acquire(mapId);
        if (!live) return ws.close(CloseCode.MAP_NOT_FOUND, 'map not found');
        new Connection(ws, live, logger);
        // noServer mode does not emit 'connection' by itself; the heartbeat listens for it.
        wss.emit('connection', ws, req);
      });
      // Empty until the handshake completes; if it never does, the room unloads as usual.
      if (room.peerCount === 0) rooms.releaseIfIdle(room);
    } catch (err) {
      if (err instanceof UnsupportedSchemaError) return reject(socket, 409, err.message);
      logger.error('ws.upgrade_failed', { url: req.url, error: errorMessage(err) });
      reject(socket, 500, 'internal error');
    }
  };
}

export function mapIdFromUrl(rawUrl: string): string | undefined {
  const pathname = new URL(rawUrl, 'http://localhost').pathname;
  const match = WS_PATH.exec(pathname);
  if (!match?.[1]) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
  return MAP_ID_PATTERN.test(id) ? id : undefined;
}

const STATUS_TEXT: Record<number, string> = {
  404: 'Not Found',
  409: 'Conflict',
  500: 'Internal Server Error',
};

/** Answers the upgrade request with a real HTTP response, then closes the socket. */
function reject(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ error: message });
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
