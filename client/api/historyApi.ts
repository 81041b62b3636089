import { z } from 'zod';
import { VERSION_REASONS, type VersionSummary } from '../../model/history';
import type { MapFile } from '../../model/export';
import { requestBytes, requestJson } from './apiRequest';

/**
 * A map's versions (README "History API and storage"), typed and validated like every
 * other answer. The share link's token goes along: viewers and commenters may list and preview,
 * only editors save and restore (the server decides; a refusal comes back as an ApiError).
 */

const personRef = z.object({ id: z.string().min(1), name: z.string().max(200) });

const counts = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
});

export const versionSummarySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['named', 'auto', 'safety']),
  reason: z.enum(VERSION_REASONS),
  name: z.string().max(200).nullable(),
  takenAt: z.iso.datetime({ offset: true }),
  takenBy: personRef.nullable(),
  people: z.array(personRef).max(500),
  changes: counts,
  restoredFrom: z.string().nullable(),
}) satisfies z.ZodType<VersionSummary>;

// Entries are checked one by one: one version in an unexpected shape is left out, not the whole list.
const versionList = z.object({ versions: z.array(z.unknown()) }).transform((body) => {
  const versions: VersionSummary[] = [];
  for (const entry of body.versions) {
    const parsed = versionSummarySchema.safeParse(entry);
    if (parsed.success) versions.push(parsed.data);
    else
      console.warn('Skipping a version the server listed in an unexpected shape', entry, parsed.error.issues);
  }
  return versions;
});

const restoreAnswer = z.object({ safety: versionSummarySchema, restored: versionSummarySchema });
export type RestoreResult = z.output<typeof restoreAnswer>;

/** Longest name the server takes for a named version. */
export const VERSION_NAME_MAX = 120;

const versionsUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}/versions`;
const versionUrl = (mapId: string, versionId: string) =>
  `${versionsUrl(mapId)}/${encodeURIComponent(versionId)}`;

/** Every version of the map, newest first (as the server keeps them after retention). */
export function listVersions(
  mapId: string,
  token: string | null,
  signal?: AbortSignal,
): Promise<VersionSummary[]> {
  return requestJson(versionsUrl(mapId), versionList, { token, signal });
}

/** Saves the map as it is now under a name (editors); kept for ever. */
export function saveVersion(mapId: string, token: string | null, name: string): Promise<VersionSummary> {
  return requestJson(
    versionsUrl(mapId),
    z.object({ version: versionSummarySchema }).transform((b) => b.version),
    { method: 'POST', token, body: { name: name.trim() } },
  );
}

/**
 * The map doc's Yjs state at that version: the client reads it with `readMap` on a fresh Y.Doc, so
 * its content is validated exactly like the live map's.
 */
export function getVersionState(
  mapId: string,
  token: string | null,
  versionId: string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return requestBytes(`${versionUrl(mapId, versionId)}/state`, { token, signal });
}

/**
 * Turns the live map into that version for everyone connected (editors). The server saves a
 * `before-restore` safety version first: restoring it undoes the restore.
 */
export function restoreVersion(
  mapId: string,
  token: string | null,
  versionId: string,
): Promise<RestoreResult> {
  return requestJson(`${versionUrl(mapId, versionId)}/restore`, restoreAnswer, { method: 'POST', token });
}

const replaceAnswer = z.object({ safety: versionSummarySchema });

/**
 * Import over this map (editors): its content becomes the file's, in one edit everyone connected
 * sees, after a `before-import` safety version (returned, for "Undo"). The server checks the file
 * again and changes nothing if it is not a valid map file.
 */
export function replaceWithFile(mapId: string, token: string | null, file: MapFile): Promise<VersionSummary> {
  return requestJson(
    `/api/maps/${encodeURIComponent(mapId)}/import`,
    replaceAnswer.transform((b) => b.safety),
    { method: 'POST', token, body: file },
  );
}
