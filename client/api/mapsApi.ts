import { z } from 'zod';
import type { TemplateRef } from '../../model/templates/templatesApi';
import { mapDigestSchema } from './actionsApi';
import { requestEmpty, requestJson } from './apiRequest';

/**
 * The server's map endpoints (server/http/apiRoutes.ts), typed and validated. Timestamps become
 * epoch milliseconds here, whichever form the server sends (it sends ISO strings today).
 */

const timestamp = z.union([z.number(), z.string()]).transform((value, ctx) => {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `not a timestamp: ${String(value)}` });
    return z.NEVER;
  }
  return ms;
});

export const mapSummarySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** The list says whether this person may move the map to the trash (its owner, the admin). */
  canDelete: z.boolean().optional(),
  /** Open and overdue actions, unowned touchpoints, data freshness and health (the maps list only). */
  digest: mapDigestSchema.optional().catch(undefined),
  /** Issue 21: the maps this one links (its stages' and touchpoints' child maps); absent = none. */
  childMapIds: z.array(z.string()).optional().catch(undefined),
});

/** A map as the list shows it: no document content, just its name and times. */
export type MapSummary = z.output<typeof mapSummarySchema>;

/** What a new map starts from: blank, sample, a gallery id or saved:<id> (model/templates/templatesApi). */
export type MapTemplate = TemplateRef;

const oneMap = z.object({ map: mapSummarySchema }).transform((body) => body.map);

// Entries are checked one by one so a single bad record hides that map, not the whole list.
const mapList = z.object({ maps: z.array(z.unknown()) }).transform((body) => {
  const maps: MapSummary[] = [];
  for (const entry of body.maps) {
    const parsed = mapSummarySchema.safeParse(entry);
    if (parsed.success) maps.push(parsed.data);
    else console.warn('Skipping a map the server listed in an unexpected shape', entry, parsed.error.issues);
  }
  return maps;
});

const mapUrl = (id: string) => `/api/maps/${encodeURIComponent(id)}`;

/** All maps, most recently edited first. */
export function listMaps(signal?: AbortSignal): Promise<MapSummary[]> {
  return requestJson('/api/maps', mapList, { signal });
}

export function getMap(id: string, signal?: AbortSignal): Promise<MapSummary> {
  return requestJson(mapUrl(id), oneMap, { signal });
}

/** An empty title is left out so the server picks the template's own title. */
export function createMap(input: {
  title?: string;
  template: MapTemplate;
  /** The library personas it is drawn for (a child map takes its parent's). */
  personaIds?: readonly string[];
}): Promise<MapSummary> {
  const title = input.title?.trim();
  const personaIds = input.personaIds?.length ? { personaIds: input.personaIds } : {};
  return requestJson('/api/maps', oneMap, {
    method: 'POST',
    body: { ...(title ? { title } : {}), template: input.template, ...personaIds },
  });
}

export function renameMap(id: string, title: string): Promise<MapSummary> {
  return requestJson(mapUrl(id), oneMap, { method: 'PATCH', body: { title: title.trim() } });
}

/** Without a title the server names the copy "Copy of …". */
export function duplicateMap(id: string, title?: string): Promise<MapSummary> {
  const trimmed = title?.trim();
  return requestJson(`${mapUrl(id)}/duplicate`, oneMap, {
    method: 'POST',
    body: trimmed ? { title: trimmed } : {},
  });
}

/** Moves the map to the trash (its owner can restore it from the maps page). */
export function deleteMap(id: string): Promise<void> {
  return requestEmpty(mapUrl(id), { method: 'DELETE' });
}

export const trashedMapSchema = mapSummarySchema.extend({
  deletedAt: timestamp,
  /** When the server deletes it for good. */
  purgeAt: timestamp,
});
export type TrashedMap = z.output<typeof trashedMapSchema>;

/** This person's maps in the trash (all of them for the admin), most recently trashed first. */
export function listTrash(signal?: AbortSignal): Promise<TrashedMap[]> {
  return requestJson(
    '/api/trash',
    z.object({ maps: z.array(trashedMapSchema) }).transform((b) => b.maps),
    {
      signal,
    },
  );
}

export function restoreMap(id: string): Promise<MapSummary> {
  return requestJson(`${mapUrl(id)}/restore`, oneMap, { method: 'POST' });
}

/** Deletes a trashed map for good. */
export function deleteForever(id: string): Promise<void> {
  return requestEmpty(`/api/trash/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Longest title the server accepts (model/records/mapInfo.ts). */
export const MAP_TITLE_MAX = 200;
