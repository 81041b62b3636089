import { mapLinksResponseSchema, type MapLinksResponse } from '../../model/links/linksApi';
import { requestJson } from './apiRequest';

/**
 * Linked journeys (issue 21): the asked map's parents (maps that link it, only those the requester
 * may open) and its children (each judged on its own: 'ok' with title and roll-up, 'hidden', or
 * 'missing'). `GET /api/maps/:id/linked` (viewer or better on the map; `/links` is the share links).
 * The share link's token goes along for the asked map only: a child or a parent is judged as opening
 * it would be, never through this map's link.
 */
export function fetchMapLinks(
  mapId: string,
  token: string | null = null,
  signal?: AbortSignal,
): Promise<MapLinksResponse> {
  return requestJson(`/api/maps/${encodeURIComponent(mapId)}/linked`, mapLinksResponseSchema, {
    token,
    signal,
  });
}
