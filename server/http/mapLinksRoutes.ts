import type { IncomingMessage } from 'node:http';
import type { ChildLink, MapLinksResponse, ParentLink } from '../../model';
import { tokenFromRequest } from '../access/resolveAccess';
import type { MapLinks } from '../links/MapLinks';
import type { MapRecord } from '../persistence/MapStore';
import { sendJson } from './json';
import { requireMapAccess, type AccessDeps } from './requireAccess';
import type { Route } from './apiRoutes';

export interface MapLinksDeps extends AccessDeps {
  mapLinks: MapLinks;
  getMap: (id: string) => MapRecord | undefined;
  /** Maps not in the trash. */
  listMaps: () => MapRecord[];
}

const isLive = (record: MapRecord | undefined): record is MapRecord =>
  record !== undefined && (record.deletedAt ?? null) === null;

/**
 * `GET /api/maps/:id/linked` (viewer of :id or better): the map's children and parents, each
 * judged for the requester exactly as opening that map would be (`access.resolve` with the
 * request's token: a share link opens its own map only). A child the requester may not open is
 * `hidden` (no title, no figures); a deleted, trashed or unknown one is `missing`. Parents the
 * requester may not open are left out.
 */
export function mapLinksOf(deps: MapLinksDeps, req: IncomingMessage, mapId: string): MapLinksResponse {
  requireMapAccess(deps, req, mapId, 'view');
  const record = deps.getMap(mapId);
  if (!isLive(record)) return { parents: [], children: [] };
  const token = tokenFromRequest(req);
  const mayOpen = (id: string) => deps.access.resolve(id, token).ok;
  const children = deps.mapLinks.linksOf(record).map((link): ChildLink => {
    const child = deps.getMap(link.mapId);
    const rollup = isLive(child) ? deps.mapLinks.rollupOf(child) : undefined;
    if (!isLive(child) || rollup === undefined) return { ...link, access: 'missing' };
    if (!mayOpen(child.id)) return { ...link, access: 'hidden' };
    return { ...link, access: 'ok', title: child.title, rollup };
  });
  const parents = deps.mapLinks
    .parentsOf(mapId, deps.listMaps())
    .filter((parent) => mayOpen(parent.id))
    .map((parent): ParentLink => ({ mapId: parent.id, title: parent.title }));
  return { parents, children };
}

/** The linked-journeys route, for the API's route table (`/links` is the share links). */
export function mapLinksRoutes(deps: MapLinksDeps): Route[] {
  return [
    {
      pattern: /^\/api\/maps\/([^/]+)\/linked$/,
      methods: { GET: ({ req, res, id }) => sendJson(res, 200, mapLinksOf(deps, req, id)) },
    },
  ];
}
