import type { IncomingMessage } from 'node:http';
import { saveTemplateBodySchema, templateRefSchema } from '../../model/templates/templatesApi';
import { personFromRequest } from '../access/person';
import { tokenFromRequest } from '../access/resolveAccess';
import type { TemplateRequester, TemplatesApi } from '../templates/TemplatesApi';
import type { Route } from './apiRoutes';
import type { CreateQuota } from './createQuota';
import { HttpError } from './HttpError';
import { readJsonBody, sendJson } from './json';
import { requireMapAccess, requireServerAccess } from './requireAccess';
import type { GovernanceDeps } from './requester';

export interface TemplatesRouteDeps {
  templates: TemplatesApi;
}

/**
 * The templates gallery (issue 21). Listing and previews follow the maps list (anyone on an open
 * server, the admin token on a locked one); saving needs the editor role on the map; deleting a
 * saved template, its saver or the admin. A ref (`saved:<id>`, a gallery id) is read from the path
 * here, not by the route table (whose ids cannot hold a colon).
 */
export function templatesRoutes(
  deps: GovernanceDeps & TemplatesRouteDeps & { maxBodyBytes: number; quota: CreateQuota },
): Route[] {
  const { templates } = deps;
  return [
    {
      pattern: /^\/api\/templates$/,
      methods: {
        GET: ({ req, res }) => {
          requireServerAccess(deps.access, req, deps.attempts);
          sendJson(res, 200, { templates: templates.list(requester(deps, req)) });
        },
        POST: async ({ req, res }) => {
          const body = await readJsonBody(req, saveTemplateBodySchema, deps.maxBodyBytes);
          requireMapAccess(deps, req, body.mapId, 'edit');
          deps.quota.admit(req);
          sendJson(res, 201, templates.save(body, requester(deps, req)));
        },
      },
    },
    {
      pattern: /^\/api\/templates\/[^/]+\/file$/,
      methods: {
        GET: ({ req, res }) => {
          requireServerAccess(deps.access, req, deps.attempts);
          const file = templates.file(refFromPath(req));
          sendJson(res, 200, file);
        },
      },
    },
    {
      pattern: /^\/api\/templates\/[^/]+$/,
      methods: {
        DELETE: ({ req, res }) => {
          templates.delete(refFromPath(req), requester(deps, req));
          res.writeHead(204).end();
        },
      },
    },
  ];
}

function requester(deps: GovernanceDeps, req: IncomingMessage): TemplateRequester {
  const person = personFromRequest(req);
  return { personId: person.keyed ? person.id : null, admin: deps.access.isAdmin(tokenFromRequest(req)) };
}

/** The ref segment after /api/templates/, decoded and checked (404 when it cannot name a template). */
function refFromPath(req: IncomingMessage): string {
  const pathname = new URL(req.url ?? '/', 'http://path.invalid').pathname;
  const raw = pathname.split('/')[3] ?? '';
  let ref: string;
  try {
    ref = decodeURIComponent(raw);
  } catch {
    throw new HttpError(404, 'template not found', {}, 'unknown_template');
  }
  if (!templateRefSchema.safeParse(ref).success) {
    throw new HttpError(
      404,
      `There is no template "${ref.slice(0, 80)}" on this server.`,
      {},
      'unknown_template',
    );
  }
  return ref;
}
