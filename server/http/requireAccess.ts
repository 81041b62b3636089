import type { IncomingMessage } from 'node:http';
import { canEditMap, type AccessErrorCode } from '../../model';
import { ACCESS_ERRORS } from '../access/accessErrors';
import type { AccessGate } from '../access/AccessGate';
import type { FailedAttempts } from '../access/FailedAttempts';
import { tokenFromRequest, type AccessGrant } from '../access/resolveAccess';
import { HttpError } from './HttpError';

export interface AccessDeps {
  access: AccessGate;
  mapExists: (mapId: string) => boolean;
  /** Throttles and logs refused tokens per address; absent, nothing is throttled. */
  attempts?: FailedAttempts;
}

/** `view`: any role may (read the map, ask its role). `edit`: editors only (change, share, delete). */
export type Need = 'view' | 'edit';

/**
 * The authenticate step of an API request on one map: 404 if there is no such map, 401/403 with
 * a `code` if its token is refused, 403 `role_forbidden` if the role is too low for `need`.
 */
export function requireMapAccess(
  deps: AccessDeps,
  req: IncomingMessage,
  mapId: string,
  need: Need,
): AccessGrant {
  if (!deps.mapExists(mapId)) throw new HttpError(404, `map ${mapId} not found`);
  const token = tokenFromRequest(req);
  const address = throttleTokens(deps.attempts, req, token);
  const decision = deps.access.resolve(mapId, token);
  if (!decision.ok) {
    if (address !== undefined) deps.attempts?.record(address, decision.code, 'http');
    throw accessHttpError(decision.code);
  }
  if (need === 'edit' && !canEditMap(decision.role)) {
    throw new HttpError(
      403,
      `Only editors can change or share this map; your link is for a ${decision.role}.`,
      {},
      'role_forbidden',
    );
  }
  return decision;
}

/** The maps list and creating maps: anyone on an open server, only the admin token on a locked one. */
export function requireServerAccess(
  access: AccessGate,
  req: IncomingMessage,
  attempts?: FailedAttempts,
): void {
  if (access.mode === 'open') return;
  const token = tokenFromRequest(req);
  const address = throttleTokens(attempts, req, token);
  if (access.isAdmin(token)) return;
  if (address !== undefined) attempts?.record(address, 'not_admin', 'http');
  throw new HttpError(
    403,
    'This Journey server is locked: open maps through their share links.',
    {},
    'server_locked',
  );
}

/**
 * 429 `too_many_attempts` if the request carries a token and its address has used up its refused
 * tokens; otherwise the address to charge a refusal to (undefined: no token, nothing to charge).
 */
export function throttleTokens(
  attempts: FailedAttempts | undefined,
  req: IncomingMessage,
  token: string | undefined,
): string | undefined {
  if (!attempts || token === undefined) return undefined;
  const address = attempts.addressOf(req);
  const allowed = attempts.check(address);
  if (!allowed.ok) {
    throw new HttpError(
      429,
      'too_many_attempts',
      { 'Retry-After': String(allowed.retryAfterSeconds) },
      'too_many_attempts',
    );
  }
  return address;
}

export function accessHttpError(code: AccessErrorCode): HttpError {
  const { status, message } = ACCESS_ERRORS[code];
  // RFC 9110: a 401 names the scheme that would work.
  return new HttpError(status, message, status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}, code);
}
