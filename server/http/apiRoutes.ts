import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAP_ID_PATTERN } from '../../model';
import { HttpError } from './HttpError';
import { readJsonBody, sendJson } from './json';
import { createMapBody, duplicateMapBody, type MapsApi, renameMapBody } from './mapsApi';

interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The map id from the path, already checked against MAP_ID_PATTERN. */
  id: string;
}

type Handler = (ctx: RouteContext) => Promise<void> | void;

interface Route {
  pattern: RegExp;
  methods: Partial<Record<string, Handler>>;
}

/**
 * The JSON API as a route table: path pattern → method → handler. A known path with another
 * method is 405 (with Allow), an unknown /api path 404. Bodies are validated with zod.
 */
export function createApiRoutes(api: MapsApi, maxBodyBytes: number) {
  const routes: Route[] = [
    // `now` lets clients correct their clock to the server's (the shared facilitator timer).
    { pattern: /^\/api\/health$/, methods: { GET: ({ res }) => sendJson(res, 200, { ok: true, now: Date.now() }) } },
    {
      pattern: /^\/api\/maps$/,
      methods: {
        GET: ({ res }) => sendJson(res, 200, { maps: api.list() }),
        POST: async ({ req, res }) =>
          sendJson(res, 201, { map: api.create(await readJsonBody(req, createMapBody, maxBodyBytes)) }),
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)$/,
      methods: {
        GET: ({ res, id }) => sendJson(res, 200, { map: api.get(id) }),
        PATCH: async ({ req, res, id }) =>
          sendJson(res, 200, { map: api.rename(id, await readJsonBody(req, renameMapBody, maxBodyBytes)) }),
        DELETE: ({ res, id }) => {
          api.delete(id);
          res.writeHead(204).end();
        },
      },
    },
    {
      pattern: /^\/api\/maps\/([^/]+)\/duplicate$/,
      methods: {
        POST: async ({ req, res, id }) =>
          sendJson(res, 201, {
            map: api.duplicate(id, await readJsonBody(req, duplicateMapBody, maxBodyBytes)),
          }),
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
      const id = decodeId(match[1]);
      await handler({ req, res, id });
      return;
    }
    throw new HttpError(404, `no API route ${pathname}`);
  };
}

/** Ids outside the safe alphabet cannot exist, so they are simply not found. */
function decodeId(raw: string | undefined): string {
  if (raw === undefined) return '';
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    throw new HttpError(404, 'map not found');
  }
  if (!MAP_ID_PATTERN.test(id)) throw new HttpError(404, `map ${id} not found`);
  return id;
}
