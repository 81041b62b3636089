import type { IncomingMessage } from 'node:http';
import { canGovern } from '../access/governance';
import { personFromRequest } from '../access/person';
import { tokenFromRequest, type AccessGrant } from '../access/resolveAccess';
import type { MapRecord } from '../persistence/MapStore';
import { HttpError } from './HttpError';
import type { Requester } from './linksApi';
import { requireMapAccess, type AccessDeps, type Need } from './requireAccess';

export interface GovernanceDeps extends AccessDeps {
  /** The map's row, in the trash or not. */
  getMap: (mapId: string) => MapRecord | undefined;
}

/** Authenticates a request on a live map (requireMapAccess) and says whether it governs the map. */
export function requireRequester(
  deps: GovernanceDeps,
  req: IncomingMessage,
  mapId: string,
  need: Need,
): Requester {
  const grant = requireMapAccess(deps, req, mapId, need);
  const map = deps.getMap(mapId);
  if (!map) throw new HttpError(404, `map ${mapId} not found`);
  const person = personFromRequest(req);
  return { grant, person, map, governs: canGovern(map, grant, person) };
}

/** As requireRequester, then 403 `owner_only` unless the requester governs the map. */
export function requireGovernor(deps: GovernanceDeps, req: IncomingMessage, mapId: string): Requester {
  const requester = requireRequester(deps, req, mapId, 'edit');
  if (!requester.governs) throw ownerOnly();
  return requester;
}

/**
 * The requester of a server-wide call (lists, trash): the admin token, an open server's editor
 * without a link, or only a person (a share link grants nothing beyond its map).
 */
export function serverGrant(deps: AccessDeps, req: IncomingMessage): Pick<AccessGrant, 'via'> {
  const token = tokenFromRequest(req);
  if (deps.access.isAdmin(token)) return { via: 'admin' };
  if (token === undefined && deps.access.mode === 'open') return { via: 'open' };
  return { via: 'link' };
}

/** A map in the trash that the requester governs (restore, delete for good); 404 / 403 otherwise. */
export function requireTrashedGovernor(deps: GovernanceDeps, req: IncomingMessage, mapId: string): MapRecord {
  const map = deps.getMap(mapId);
  if (!map || (map.deletedAt ?? null) === null) throw new HttpError(404, `map ${mapId} is not in the trash`);
  if (!canGovern(map, serverGrant(deps, req), personFromRequest(req))) throw ownerOnly();
  return map;
}

export function ownerOnly(): HttpError {
  return new HttpError(
    403,
    "Only the map's owner can do this. Ask the person who created the map.",
    {},
    'owner_only',
  );
}
