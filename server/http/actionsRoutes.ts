import type { IncomingMessage } from 'node:http';
import {
  actionPatchBody,
  canEditMap,
  readMap,
  setActionStatus,
  type AccessErrorCode,
  type Action,
  type ActionsIndexResponse,
  type Origin,
} from '../../model';
import { personFromRequest } from '../access/person';
import { tokenFromRequest } from '../access/resolveAccess';
import type { MapRecord } from '../persistence/MapStore';
import type { MapDigests } from '../programme/MapDigests';
import type { RoomManager } from '../rooms/RoomManager';
import { HttpError } from './HttpError';
import { sendJson } from './json';
import { accessHttpError, requireMapAccess, throttleTokens, type AccessDeps } from './requireAccess';
import type { ReadBody, Route } from './apiRoutes';

export interface ActionsDeps extends AccessDeps {
  digests: MapDigests;
  rooms: RoomManager;
  /** Maps not in the trash. */
  listMaps: () => MapRecord[];
}

/** A map the requester may open, with whether they may change it. */
interface Viewable {
  readonly record: MapRecord;
  readonly canEdit: boolean;
}

/**
 * The maps a request may open, decided per map exactly as opening it would be (the access gate:
 * open server without token, the admin token, or a share link for that one map). A request that
 * may open none is refused the way a map request would be (401/403 with the refusal's code), unless
 * it is a server-wide requester (admin, or no token on an open server) on a server with no maps.
 */
export function viewableMaps(deps: ActionsDeps, req: IncomingMessage): Viewable[] {
  const token = tokenFromRequest(req);
  const address = throttleTokens(deps.attempts, req, token);
  const serverWide = deps.access.isAdmin(token) || (token === undefined && deps.access.mode === 'open');
  const out: Viewable[] = [];
  let refusal: AccessErrorCode | undefined;
  for (const record of deps.listMaps()) {
    const decision = deps.access.resolve(record.id, token);
    if (decision.ok) out.push({ record, canEdit: canEditMap(decision.role) });
    // "For another map" says least: any other reason (expired, revoked, invalid) is the one to tell.
    else if (refusal === undefined || refusal === 'token_wrong_map') refusal = decision.code;
  }
  if (out.length > 0 || serverWide) return out;
  const code = refusal ?? (token === undefined ? 'token_missing' : 'token_invalid');
  if (address !== undefined) deps.attempts?.record(address, code, 'http');
  throw accessHttpError(code);
}

/** `GET /api/actions`: every action on the maps the requester may open, with their right to change it. */
export function actionsIndex(deps: ActionsDeps, req: IncomingMessage): ActionsIndexResponse {
  const actions = viewableMaps(deps, req).flatMap(({ record, canEdit }) => {
    const rows = deps.digests.figures(record)?.rows ?? [];
    return canEdit ? rows.map((row) => ({ ...row, canEdit })) : rows;
  });
  return { actions, today: deps.digests.today() };
}

/**
 * `PATCH /api/maps/:id/actions/:actionId` `{ status }`: editors only. Written through the live
 * room with the person's origin, so open editors see it at once and history credits them.
 */
export async function patchActionStatus(
  deps: ActionsDeps,
  req: IncomingMessage,
  mapId: string,
  actionId: string,
  readBody: ReadBody,
): Promise<{ action: Action }> {
  requireMapAccess(deps, req, mapId, 'edit');
  const { status } = await readBody(req, actionPatchBody);
  const origin: Origin & { personId: string } = { source: 'server', personId: personFromRequest(req).id };
  const done = await deps.rooms.withDoc(mapId, (doc) => {
    if (!readMap(doc).map.actions.some((a) => a.id === actionId)) return undefined;
    setActionStatus(doc, actionId, status, origin);
    return readMap(doc).map.actions.find((a) => a.id === actionId);
  });
  if (!done) throw new HttpError(404, `map ${mapId} not found`);
  if (!done.result) throw new HttpError(404, `action ${actionId} not found`);
  return { action: done.result };
}

/** The routes of the actions page, for the API's route table. */
export function actionsRoutes(deps: ActionsDeps, readBody: ReadBody): Route[] {
  return [
    {
      pattern: /^\/api\/actions$/,
      methods: { GET: ({ req, res }) => sendJson(res, 200, actionsIndex(deps, req)) },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/actions\/([^/]+)$/,
      sub: 'action',
      methods: {
        PATCH: async ({ req, res, id, subId }) =>
          sendJson(res, 200, await patchActionStatus(deps, req, id, subId, readBody)),
      },
    },
  ];
}
