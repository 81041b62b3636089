import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import { HttpError } from './HttpError';

/** Methods that only read: a cross-origin page cannot read their answers (no CORS headers). */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export interface OriginRefusal {
  status: 403 | 421;
  error: 'origin_forbidden' | 'host_forbidden';
}

export type OriginPolicyConfig = Pick<ServerConfig, 'host' | 'publicHosts' | 'allowedOrigins'>;

/**
 * Same-origin by default. Two checks, both before any route or room:
 * - Host: the name the browser thinks it is talking to. A DNS-rebinding page reaches this server
 *   under the attacker's own name, so only localhost, IP literals (which cannot be rebound), the
 *   bound host and JOURNEY_PUBLIC_HOSTS are answered (421 otherwise).
 * - Origin: browsers send it on every WebSocket handshake and every cross-origin POST/PATCH/DELETE.
 *   It must name this server (same host as Host) or one of JOURNEY_ALLOWED_ORIGINS (403 otherwise).
 *   A request without Origin is not from a web page (curl, the tests' stock providers) and passes:
 *   it could send any header it likes anyway.
 */
export function createOriginPolicy(config: OriginPolicyConfig) {
  const boundHost = config.host.toLowerCase();
  const allowedOrigins = new Set(config.allowedOrigins);
  const publicHosts = config.publicHosts;

  function hostAllowed(hostHeader: string | undefined): boolean {
    if (!hostHeader) return false;
    const host = hostHeader.toLowerCase();
    const name = hostName(host);
    if (name === undefined) return false;
    if (name === 'localhost' || IPV4.test(name) || name.startsWith('[')) return true;
    if (name === boundHost) return true;
    return publicHosts.some((entry) => entry === host || entry === name);
  }

  function originAllowed(origin: string, hostHeader: string): boolean {
    if (allowedOrigins.has(origin.toLowerCase())) return true;
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return false; // 'null' (sandboxed frames, file://) and anything malformed
    }
    return url.host === hostHeader.toLowerCase();
  }

  /** Why `req` is refused, or undefined. `upgrade`: a WebSocket handshake, always origin-checked. */
  function refusal(req: IncomingMessage, upgrade: boolean): OriginRefusal | undefined {
    const host = req.headers.host;
    if (!hostAllowed(host)) return { status: 421, error: 'host_forbidden' };
    const origin = req.headers.origin;
    if (origin === undefined) return undefined;
    if (!upgrade && SAFE_METHODS.has(req.method ?? 'GET')) return undefined;
    return originAllowed(origin, host ?? '') ? undefined : { status: 403, error: 'origin_forbidden' };
  }

  return {
    refusal,
    /** For the HTTP handler: throws the refusal as an HttpError. */
    checkRequest(req: IncomingMessage): void {
      const refused = refusal(req, false);
      if (refused) throw new HttpError(refused.status, refused.error, { Connection: 'close' });
    },
  };
}

export type OriginPolicy = ReturnType<typeof createOriginPolicy>;

/** `name` of `name:port` (`[v6]` kept in brackets); undefined when malformed. */
function hostName(host: string): string | undefined {
  if (host.startsWith('[')) {
    const end = host.indexOf(']');
    return end > 0 ? host.slice(0, end + 1) : undefined;
  }
  const parts = host.split(':');
  if (parts.length > 2) return undefined;
  return parts[0] || undefined;
}

/** Refuses a WebSocket upgrade with a real HTTP answer before the handshake. */
export function refuseUpgrade(socket: Duplex, refused: OriginRefusal): void {
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ error: refused.error });
  const text = refused.status === 403 ? 'Forbidden' : 'Misdirected Request';
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${refused.status} ${text}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

/**
 * Puts the Host/Origin check in front of every `upgrade` listener already on `server`: a refused
 * handshake gets HTTP 403/421 and never reaches them (no room is loaded, no token is read).
 */
export function guardUpgrades(server: Server, policy: OriginPolicy, logger: Logger): void {
  const listeners = server.listeners('upgrade') as UpgradeListener[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const refused = policy.refusal(req, true);
    if (!refused) {
      for (const listener of listeners) listener.call(server, req, socket, head);
      return;
    }
    socket.on('error', () => socket.destroy());
    logger.warn('ws.origin_refused', { error: refused.error, origin: req.headers.origin });
    refuseUpgrade(socket, refused);
  });
}
