import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { EXPORT_FORMAT_TRAITS, exportContentType, exportFileName } from '../../model/export';
import { MAP_ID_PATTERN } from '../../model';
import type { Readout, VersionSummary } from '../../model/history/historyTypes';
import type { ReadoutService } from '../versions/ReadoutService';
import type { VersionService } from '../versions/VersionService';
import { HttpError } from './HttpError';

/** A named version: trimmed, 1..120 characters ("Before workshop", "Exec review"). */
export const nameVersionBody = z.strictObject({ name: z.string().trim().min(1).max(120) });

const versionParam = z.string().regex(MAP_ID_PATTERN);
/** `?from=<version>&to=<version|now>`; anything else in the query is ignored. */
const readoutQuery = z.object({
  from: versionParam.optional(),
  to: z.union([z.literal('now'), versionParam]).optional(),
});

/**
 * The versions routes over HTTP (roles are checked by the route table first: reading needs `view`,
 * naming and restoring `edit`). A version id that is unknown, or names a version of another map,
 * is 404 either way.
 */
export class VersionsApi {
  constructor(
    private readonly versions: VersionService,
    private readonly readouts: ReadoutService,
  ) {}

  list(mapId: string): { versions: VersionSummary[] } {
    return { versions: this.versions.list(mapId) };
  }

  name(mapId: string, body: z.infer<typeof nameVersionBody>, personId: string): { version: VersionSummary } {
    return { version: this.versions.name(mapId, body.name, personId) };
  }

  /** Replaces the map with an imported file's content, after a `before-import` safety version. */
  async replace(mapId: string, state: Uint8Array, personId: string): Promise<{ safety: VersionSummary }> {
    const done = await this.versions.replaceWith(mapId, state, personId);
    if (done.ok) return { safety: done.safety };
    if (done.reason === 'not-found') throw new HttpError(404, `map ${mapId} not found`);
    throw frozen(done.by);
  }

  async restore(
    mapId: string,
    versionId: string,
    personId: string,
  ): Promise<{ safety: VersionSummary; restored: VersionSummary }> {
    const done = await this.versions.restore(mapId, versionId, personId);
    if (done.ok) return { safety: done.safety, restored: done.restored };
    if (done.reason === 'not-found') throw notFound(versionId);
    throw frozen(done.by);
  }

  /** The workshop readout between two versions (or a version and now), with its Markdown. */
  readout(mapId: string, search: URLSearchParams): { readout: Readout; markdown: string } {
    const query = readoutQuery.safeParse(Object.fromEntries(search));
    if (!query.success) throw new HttpError(400, 'from and to must be version ids (to may be "now")');
    const done = this.readouts.readout(mapId, query.data.from, query.data.to);
    if (!done) throw new HttpError(404, `map ${mapId} not found`);
    if (!done.ok) throw notFound(done.missing);
    return { readout: done.readout, markdown: done.markdown };
  }

  /** The version as a JSON map file (the export format), named after the map and the version. */
  sendMapFile(res: ServerResponse, mapId: string, versionId: string): void {
    const read = this.versions.read(mapId, versionId);
    if (!read) throw notFound(versionId);
    const { version, title, map } = read;
    const takenAt = new Date(version.takenAt);
    const label = version.name ?? takenAt.toISOString().slice(0, 16).replace('T', ' ');
    const ascii = exportFileName(`${title} ${version.name ?? ''}`, 'json', takenAt);
    res.writeHead(200, {
      'Content-Type': exportContentType('json'),
      // The ASCII name for old clients, the readable one ("<title> – <name or date>.json") for the rest.
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(
        `${title} – ${label}.json`,
      )}`,
      'Cache-Control': 'no-store',
    });
    res.end(EXPORT_FORMAT_TRAITS.json.write(map));
  }

  /** The map doc's Yjs state of the version: the client previews it with readMap, like the live map. */
  sendState(res: ServerResponse, mapId: string, versionId: string): void {
    const state = this.versions.state(mapId, versionId);
    if (!state) throw notFound(versionId);
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Length': state.byteLength,
      'Cache-Control': 'no-store',
    });
    res.end(state);
  }
}

function frozen(by: string): HttpError {
  return new HttpError(
    409,
    `The map is frozen by ${by || 'the facilitator'}: only they can restore a version or import over it now.`,
    {},
    'map_frozen',
  );
}

function notFound(versionId: string): HttpError {
  return new HttpError(404, `version ${versionId} not found`);
}
