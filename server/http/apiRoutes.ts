import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { canEditMap, MAP_ID_PATTERN } from '../../model';
import type { CreateQuota } from './createQuota';
import { canGovern, isOwner } from '../access/governance';
import { personFromRequest } from '../access/person';
import { HttpError } from './HttpError';
import { readBodyBytes, readJsonBody, sendJson } from './json';
import { createLinkBody, type LinksApi } from './linksApi';
import { IMPORT_MAX_BODY_BYTES, type MapFilesApi } from './mapFilesApi';
import { createMapBody, duplicateMapBody, type MapsApi, renameMapBody } from './mapsApi';
import { requireMapAccess, requireServerAccess } from './requireAccess';
import {
  requireGovernor,
  requireRequester,
  requireTrashedGovernor,
  serverGrant,
  type GovernanceDeps,
} from './requester';
import type { TrashApi } from './trashApi';
import { nameVersionBody, type VersionsApi } from './versionsApi';
import { editorsQuery, revertBody } from '../versions/revertWindow';
import type { RevertApi } from './revertApi';
import { actionsRoutes, type ActionsDeps } from './actionsRoutes';
import { metricsRoutes, type MetricsRouteDeps } from './metricsRoutes';
import type { InboxRoute } from './inboxApi';
import { templatesRoutes, type TemplatesRouteDeps } from './templatesRoutes';

export interface ApiDeps extends GovernanceDeps, MetricsRouteDeps, TemplatesRouteDeps {
  maps: MapsApi;
  files: MapFilesApi;
  links: LinksApi;
  trash: TrashApi;
  versions: VersionsApi;
  revert: RevertApi;
  maxBodyBytes: number;
  /** Rate and caps on everything that makes a new map; checked after access, before the body. */
  quota: CreateQuota;
  /** The actions page across maps and its status changes (actionsRoutes.ts). */
  actions: ActionsDeps;
  /** The inbox and the person's e-mail settings (inboxApi.ts). */
  inbox: readonly InboxRoute[];
}

/** A new map belongs to its creator's person; a client without a person key leaves it ownerless. */
function ownerOf(req: IncomingMessage): string | null {
  const person = personFromRequest(req);
  return person.keyed ? person.id : null;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The map id from the path, already checked against MAP_ID_PATTERN. */
  id: string;
  /** A second path id (the link of /links/:linkId, the version of /versions/:v), checked the same way. */
  subId: string;
}

export type Handler = (ctx: RouteContext) => Promise<void> | void;

/** Reads and validates a JSON body under the server's size limit (413, 415, 400). */
export type ReadBody = <T>(req: IncomingMessage, schema: z.ZodType<T>) => Promise<T>;

export interface Route {
  pattern: RegExp;
  /** What the second path id names, for its 404 ("link" unless told). */
  sub?: string;
  methods: Partial<Record<string, Handler>>;
}

/**
 * The JSON API as a route table: path pattern → method → handler. A known path with another
 * method is 405 (with Allow), an unknown /api path 404. Every map route authenticates first
 * (requireAccess.ts), then reads and validates its body with zod.
 */
export function createApiRoutes(deps: ApiDeps) {
  const { maps, links, maxBodyBytes } = deps;
  const body: ReadBody = (req, schema) => readJsonBody(req, schema, maxBodyBytes);
  const routes: Route[] = [
    // `now` lets clients correct their clock to the server's (the shared facilitator timer).
    {
      pattern: /^\/api\/health$/,
      methods: { GET: ({ res }) => sendJson(res, 200, { ok: true, now: Date.now() }) },
    },
    // Whether anyone who reaches the server may edit: the client says so in a banner.
    {
      pattern: /^\/api\/server$/,
      methods: { GET: ({ res }) => sendJson(res, 200, { access: deps.access.mode }) },
    },
    {
      pattern: /^\/api\/maps$/,
      methods: {
        GET: ({ req, res }) => {
          requireServerAccess(deps.access, req, deps.attempts);
          const grant = serverGrant(deps, req);
          const person = personFromRequest(req);
          sendJson(res, 200, { maps: maps.list((map) => canGovern(map, grant, person)) });
        },
        POST: async ({ req, res }) => {
          requireServerAccess(deps.access, req, deps.attempts);
          deps.quota.admit(req);
          sendJson(res, 201, { map: maps.create(await body(req, createMapBody), ownerOf(req)) });
        },
      },
    },
    // Before /api/maps/:id, which would take "import" for a map id.
    {
      pattern: /^\/api\/maps\/import$/,
      methods: {
        POST: async ({ req, res }) => {
          requireServerAccess(deps.access, req, deps.attempts);
          deps.quota.admit(req);
          const map = await deps.files.import(() => readBodyBytes(req, IMPORT_MAX_BODY_BYTES), ownerOf(req));
          sendJson(res, 201, { map });
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/export\.json$/,
      methods: {
        GET: ({ req, res, id }) => {
          requireMapAccess(deps, req, id, 'view');
          deps.files.send(res, id, 'json');
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/export\.csv$/,
      methods: {
        GET: ({ req, res, id }) => {
          requireMapAccess(deps, req, id, 'view');
          deps.files.send(res, id, 'csv');
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)$/,
      methods: {
        GET: ({ req, res, id }) => {
          requireMapAccess(deps, req, id, 'view');
          sendJson(res, 200, { map: maps.get(id) });
        },
        PATCH: async ({ req, res, id }) => {
          requireMapAccess(deps, req, id, 'edit');
          sendJson(res, 200, { map: await maps.rename(id, await body(req, renameMapBody)) });
        },
        // Moves the map to the trash (trashApi.ts); only its governor may.
        DELETE: ({ req, res, id }) => {
          requireGovernor(deps, req, id);
          deps.trash.trash(id);
          res.writeHead(204).end();
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/duplicate$/,
      methods: {
        POST: async ({ req, res, id }) => {
          const grant = requireMapAccess(deps, req, id, 'edit');
          deps.quota.admit(req);
          const map = maps.duplicate(id, await body(req, duplicateMapBody), ownerOf(req));
          // On a locked server a copy made through a share link would be out of its maker's
          // reach: they get an editor link to it (the admin token opens every map anyway).
          // Minted as the copy's owner, so no ceiling of the original's link applies.
          const link =
            deps.access.mode === 'locked' && grant.via === 'link'
              ? links.create(
                  map.id,
                  { role: 'editor' },
                  { grant: { ...grant, via: 'open', expiresAt: null }, person: personFromRequest(req) },
                )
              : undefined;
          sendJson(res, 201, link ? { map, link } : { map });
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/access$/,
      methods: {
        GET: ({ req, res, id }) => {
          const { grant, person, map, governs } = requireRequester(deps, req, id, 'view');
          sendJson(res, 200, {
            role: grant.role,
            mode: deps.access.mode,
            canShare: canEditMap(grant.role),
            isOwner: isOwner(map, person),
            canGovern: governs,
            // For "expires with my link": the ceiling a link's holder mints under.
            linkExpiresAt:
              grant.via === 'link' && grant.expiresAt !== null
                ? new Date(grant.expiresAt).toISOString()
                : null,
          });
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/links$/,
      methods: {
        GET: ({ req, res, id }) => {
          sendJson(res, 200, { links: links.list(id, requireRequester(deps, req, id, 'edit')) });
        },
        POST: async ({ req, res, id }) => {
          const requester = requireRequester(deps, req, id, 'edit');
          sendJson(res, 201, { link: links.create(id, await body(req, createLinkBody), requester) });
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/links\/([^/]+)$/,
      methods: {
        DELETE: ({ req, res, id, subId }) => {
          links.revoke(id, subId, requireRequester(deps, req, id, 'edit'));
          res.writeHead(204).end();
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/restore$/,
      methods: {
        POST: ({ req, res, id }) => {
          requireTrashedGovernor(deps, req, id);
          deps.trash.restore(id);
          sendJson(res, 200, { map: maps.get(id) });
        },
      },
    },
    // Versions (issue 17): anyone who may view lists and reads them; editors name and restore.
    {
      pattern: /^\/api\/maps\/([^/]+)\/versions$/,
      methods: {
        GET: ({ req, res, id }) => {
          requireMapAccess(deps, req, id, 'view');
          sendJson(res, 200, deps.versions.list(id));
        },
        POST: async ({ req, res, id }) => {
          const { person } = requireRequester(deps, req, id, 'edit');
          sendJson(res, 201, deps.versions.name(id, await body(req, nameVersionBody), person.id));
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/versions\/([^/]+)$/,
      sub: 'version',
      methods: {
        GET: ({ req, res, id, subId }) => {
          requireMapAccess(deps, req, id, 'view');
          deps.versions.sendMapFile(res, id, subId);
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/versions\/([^/]+)\/state$/,
      sub: 'version',
      methods: {
        GET: ({ req, res, id, subId }) => {
          requireMapAccess(deps, req, id, 'view');
          deps.versions.sendState(res, id, subId);
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/versions\/([^/]+)\/restore$/,
      sub: 'version',
      methods: {
        POST: async ({ req, res, id, subId }) => {
          const { person } = requireRequester(deps, req, id, 'edit');
          sendJson(res, 200, await deps.versions.restore(id, subId, person.id));
        },
      },
    },
    // Revert one person's edits (issue 17): the facilitator seat holder, the owner or the admin only.
    {
      pattern: /^\/api\/maps\/([^/]+)\/editors$/,
      methods: {
        GET: ({ req, res, id }) => {
          deps.revert.authorize(id, requireRequester(deps, req, id, 'view'));
          sendJson(res, 200, deps.revert.editors(id, queryOf(req, editorsQuery)));
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/revert$/,
      methods: {
        POST: async ({ req, res, id }) => {
          const requester = requireRequester(deps, req, id, 'view');
          deps.revert.authorize(id, requester);
          sendJson(res, 200, await deps.revert.revert(id, await body(req, revertBody), requester.person.id));
        },
      },
    },
    // Import over a map: its content becomes the file's, after a safety version (undo: restore it).
    {
      pattern: /^\/api\/maps\/([^/]+)\/import$/,
      methods: {
        POST: async ({ req, res, id }) => {
          const { person } = requireRequester(deps, req, id, 'edit');
          const { state } = await deps.files.build(() => readBodyBytes(req, IMPORT_MAX_BODY_BYTES));
          sendJson(res, 200, await deps.versions.replace(id, state, person.id));
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/readout$/,
      methods: {
        GET: ({ req, res, id }) => {
          requireMapAccess(deps, req, id, 'view');
          sendJson(
            res,
            200,
            deps.versions.readout(id, new URL(req.url ?? '/', 'http://localhost').searchParams),
          );
        },
      },
    },
    ...actionsRoutes(deps.actions, body),
    ...metricsRoutes(deps),
    ...templatesRoutes(deps),
    ...deps.inbox,
    {
      pattern: /^\/api\/trash$/,
      methods: {
        // The requester's trashed maps: those they govern (the admin sees all).
        GET: ({ req, res }) => {
          const grant = serverGrant(deps, req);
          const person = personFromRequest(req);
          sendJson(res, 200, { maps: deps.trash.list((map) => canGovern(map, grant, person)) });
        },
      },
    },
    {
      pattern: /^\/api\/trash\/([^/]+)$/,
      methods: {
        DELETE: ({ req, res, id }) => {
          requireTrashedGovernor(deps, req, id);
          deps.trash.deleteForGood(id);
          res.writeHead(204).end();
        },
      },
    },
  ];

  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    for (const route of routes) {
      const match = route.pattern.exec(pathname);
      if (!match) continue;
      const handler = route.methods[req.method ?? 'GET'];
      if (!handler) {
        throw new HttpError(405, `method ${req.method ?? '?'} not allowed`, {
          Allow: Object.keys(route.methods).join(', '),
        });
      }
      await handler({
        req,
        res,
        id: decodeId(match[1], 'map'),
        subId: decodeId(match[2], route.sub ?? 'link'),
      });
      return;
    }
    throw new HttpError(404, `no API route ${pathname}`);
  };
}

/** A request's query string, validated like a body (400 otherwise). */
function queryOf<T>(req: IncomingMessage, schema: z.ZodType<T>): T {
  const params = new URL(req.url ?? '/', 'http://query.invalid').searchParams;
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) {
    throw new HttpError(400, `invalid query: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}`);
  }
  return parsed.data;
}

/** Ids outside the safe alphabet cannot exist, so they are simply not found. */
function decodeId(raw: string | undefined, what: string): string {
  if (raw === undefined) return '';
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new HttpError(404, `${what} not found`);
  }
  if (!MAP_ID_PATTERN.test(id)) throw new HttpError(404, `${what} ${id} not found`);
  return id;
}
