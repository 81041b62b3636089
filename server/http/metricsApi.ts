import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import {
  applyMetricsPlan,
  planMetrics,
  planMetricsCsv,
  readMap,
  type ApiTokenInfo,
  type MetricsInputError,
  type MetricsPlan,
  type MetricsPush,
  type metricsCsvBody,
  type MetricsWriteResponse,
} from '../../model';
import { parseCsv } from '../../model/sheet';
import type { z } from 'zod';
import type { AddressLimiter } from '../access/AddressLimiter';
import {
  apiTokenId,
  apiTokenMatches,
  apiTokenPreview,
  bearerApiToken,
  mintApiToken,
} from '../access/apiToken';
import type { FailedAttempts } from '../access/FailedAttempts';
import type { Person } from '../access/person';
import type { ApiTokenRecord, ApiTokenStore } from '../persistence/ApiTokenStore';
import type { RoomManager } from '../rooms/RoomManager';
import { HttpError } from './HttpError';

/** Live (unrevoked) tokens one map may have; revoked ones stay listed and do not count. */
export const MAX_LIVE_TOKENS = 20;

/** What a metrics write answers: 200 with counts, or 422 with every problem and nothing written. */
export type MetricsOutcome =
  | { readonly ok: true; readonly body: MetricsWriteResponse }
  | { readonly ok: false; readonly error: string; readonly errors: readonly MetricsInputError[] };

export interface MetricsApiDeps {
  readonly tokens: ApiTokenStore;
  readonly rooms: Pick<RoomManager, 'withDoc'>;
  /** A live map (not in the trash). */
  readonly mapExists: (mapId: string) => boolean;
  /** Pushes per token (a token bucket keyed by token id). */
  readonly limiter: AddressLimiter;
  /** Refused tokens per client address, as for share links; absent, nothing is throttled. */
  readonly attempts?: FailedAttempts;
  readonly now?: () => number;
}

/**
 * The metrics endpoints without HTTP routing: a map's API tokens (its governor only, checked by the
 * route), the token-authenticated push and the editors' CSV upload. Every write is planned against
 * the live map first (`planMetrics`), then written in one transaction through the room, so open
 * editors see it at once; a plan with any problem writes nothing.
 */
export class MetricsApi {
  constructor(private readonly deps: MetricsApiDeps) {}

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  list(mapId: string): ApiTokenInfo[] {
    return this.deps.tokens.listTokens(mapId).map(toInfo);
  }

  /** A new token; its text is in the answer once and nowhere else. */
  create(mapId: string, label: string, by: Person): { token: ApiTokenInfo; secret: string } {
    const live = this.deps.tokens.listTokens(mapId).filter((t) => t.revokedAt === null).length;
    if (live >= MAX_LIVE_TOKENS) {
      throw new HttpError(
        409,
        `This map already has ${MAX_LIVE_TOKENS} API tokens: revoke one it no longer needs first.`,
        {},
        'too_many_tokens',
      );
    }
    const minted = mintApiToken();
    const record: ApiTokenRecord = {
      id: minted.id,
      mapId,
      label,
      tokenHash: minted.hash,
      createdBy: by.keyed ? by.id : null,
      createdAt: this.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    this.deps.tokens.createToken(record);
    return { token: toInfo(record), secret: minted.text };
  }

  revoke(mapId: string, tokenId: string): void {
    if (!this.deps.tokens.revokeToken(mapId, tokenId, this.now()))
      throw new HttpError(404, `token ${tokenId} not found`);
  }

  /**
   * The push's authenticate step, Bearer `jmt_…` only (no share link, person key or `?token=`):
   * 401 missing, malformed, unknown or revoked; 403 another map's token; 404 no such map; 429 past
   * the token's rate (with Retry-After). Refused tokens count against the address like bad links.
   */
  authenticate(req: IncomingMessage, mapId: string): ApiTokenRecord {
    const text = bearerApiToken(req.headers.authorization);
    if (text === undefined) {
      throw unauthorized(
        'Send the map’s API token as "Authorization: Bearer jmt_…".',
        'metrics_token_missing',
      );
    }
    const { attempts } = this.deps;
    const address = attempts?.addressOf(req);
    if (attempts && address !== undefined) {
      const allowed = attempts.check(address);
      if (!allowed.ok) throw tooMany(allowed.retryAfterSeconds, 'too_many_attempts');
    }
    const refuse = (error: HttpError): never => {
      if (address !== undefined) attempts?.record(address, error.code ?? 'refused', 'http');
      throw error;
    };
    const id = apiTokenId(text);
    const token = id === undefined ? undefined : this.deps.tokens.getToken(id);
    if (!token || !apiTokenMatches(text, token.tokenHash))
      return refuse(unauthorized('This API token is not valid.', 'metrics_token_invalid'));
    if (token.revokedAt !== null)
      return refuse(unauthorized('This API token was revoked.', 'metrics_token_revoked'));
    if (token.mapId !== mapId) {
      throw new HttpError(403, 'This API token is for another map.', {}, 'metrics_token_other_map');
    }
    if (!this.deps.mapExists(mapId)) throw new HttpError(404, `map ${mapId} not found`);
    const rate = this.deps.limiter.take(token.id);
    if (!rate.ok) throw tooMany(rate.retryAfterSeconds, 'rate_limited');
    return token;
  }

  /** Writes a validated push, credited to the token's creator (the server's if unknown). */
  async push(token: ApiTokenRecord, body: MetricsPush): Promise<MetricsOutcome> {
    const now = this.now();
    const outcome = await this.write(token.mapId, token.createdBy, (map) => planMetrics(map, body, now));
    if (outcome.ok) this.deps.tokens.touchToken(token.id, now);
    return outcome;
  }

  /** An editor's CSV upload with the dialog's mapping, credited to them. */
  async importCsv(
    mapId: string,
    body: z.infer<typeof metricsCsvBody>,
    personId: string,
  ): Promise<MetricsOutcome> {
    const parsed = parseCsv(body.csv, body.fileName);
    if (!parsed.ok) return refused([{ path: 'csv', message: parsed.error }]);
    const now = this.now();
    return this.write(mapId, personId, (map) => planMetricsCsv(map, parsed.table, body.mapping, now));
  }

  private async write(
    mapId: string,
    personId: string | null,
    plan: (map: ReturnType<typeof readMap>['map']) => MetricsPlan,
  ): Promise<MetricsOutcome> {
    const done = await this.deps.rooms.withDoc(mapId, (doc: Y.Doc): MetricsOutcome => {
      const planned = plan(readMap(doc).map);
      if (planned.errors.length > 0) return refused(planned.errors);
      // Not a constant origin: the room credits `personId` (RoomHooks.authorOf) in the edit log.
      const origin =
        personId === null ? { source: 'server' as const } : { source: 'server' as const, personId };
      applyMetricsPlan(doc, planned, origin);
      return {
        ok: true,
        body: { written: { points: planned.points.length, verbatims: planned.verbatims.length } },
      };
    });
    if (!done) throw new HttpError(404, `map ${mapId} not found`);
    return done.result;
  }
}

function refused(errors: readonly MetricsInputError[]): MetricsOutcome {
  const n = errors.length;
  return { ok: false, error: `${n} ${n === 1 ? 'problem' : 'problems'}: nothing was written`, errors };
}

function toInfo(t: ApiTokenRecord): ApiTokenInfo {
  return {
    id: t.id,
    label: t.label,
    createdAt: new Date(t.createdAt).toISOString(),
    lastUsedAt: t.lastUsedAt === null ? null : new Date(t.lastUsedAt).toISOString(),
    revokedAt: t.revokedAt === null ? null : new Date(t.revokedAt).toISOString(),
    preview: apiTokenPreview(t.id),
  };
}

function unauthorized(message: string, code: string): HttpError {
  return new HttpError(401, message, { 'WWW-Authenticate': 'Bearer' }, code);
}

function tooMany(retryAfterSeconds: number, code: string): HttpError {
  return new HttpError(
    429,
    `Too many requests: try again in ${retryAfterSeconds} s.`,
    { 'Retry-After': String(retryAfterSeconds) },
    code,
  );
}
