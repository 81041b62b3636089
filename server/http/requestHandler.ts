import type { IncomingMessage, ServerResponse } from 'node:http';
import { UnsupportedSchemaError } from '../../model';
import { errorMessage, type Logger } from '../log';
import { StorageUnavailableError } from '../persistence/StorageUnavailableError';
import { HttpError } from './HttpError';
import { isStackOverflow } from './jsonDepth';
import { sendError } from './json';
import type { OriginPolicy } from './originPolicy';
import { setSecurityHeaders } from './securityHeaders';

type PathHandler = (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;

export interface RequestHandlerDeps {
  api: PathHandler;
  staticFiles: PathHandler;
  logger: Logger;
  /** True once shutdown began: requests get 503 instead of touching rooms or the store. */
  isClosing: () => boolean;
  /** Host (rebinding) and Origin checks, before any route. */
  originPolicy: OriginPolicy;
}

/**
 * The HTTP entry point: /api/* to the JSON API, /ws/* without an upgrade gets 426, everything
 * else is the client. Every error becomes a JSON `{ error }` answer; none escapes to crash the server.
 */
export function createRequestHandler(deps: RequestHandlerDeps) {
  const { api, staticFiles, logger, isClosing, originPolicy } = deps;
  return (req: IncomingMessage, res: ServerResponse): void => {
    setSecurityHeaders(res);
    void handle(req, res).catch((err: unknown) => {
      const httpError = toHttpError(err);
      if (httpError.status >= 500) {
        // The path only: a query string can hold a share link's token (log.ts redacts, too).
        logger.error('http.failed', { method: req.method, url: pathOf(req.url), error: errorMessage(err) });
      }
      if (res.headersSent) return void res.destroy();
      // After a 413 the rest of the body is unread; close rather than reuse the connection.
      if (httpError.status === 413) res.setHeader('Connection', 'close');
      sendError(res, httpError);
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    originPolicy.checkRequest(req);
    if (isClosing()) throw new HttpError(503, 'server shutting down', { Connection: 'close' });
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/api' || pathname.startsWith('/api/')) return api(req, res, pathname);
    if (pathname.startsWith('/ws/')) {
      throw new HttpError(426, 'this is a WebSocket endpoint', { Upgrade: 'websocket' });
    }
    return staticFiles(req, res, pathname);
  }
}

function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (err instanceof UnsupportedSchemaError) return new HttpError(409, err.message);
  if (err instanceof StorageUnavailableError) {
    const retry = String(err.retryAfterSeconds);
    return new HttpError(503, err.message, { 'Retry-After': retry }, 'storage_unavailable');
  }
  if (err instanceof Error && err.name === 'CommandError') return new HttpError(400, err.message);
  // Only input deep enough to slip past the depth check does this: the request's fault, not ours.
  if (isStackOverflow(err)) return new HttpError(400, 'too_deep', {}, 'too_deep');
  return new HttpError(500, 'internal error');
}
