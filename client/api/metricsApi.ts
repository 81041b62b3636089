import { z } from 'zod';
import type { ApiTokenInfo, metricsCsvBody, MetricsInputError, MetricsWriteResponse } from '../../model';
import { ApiError } from './ApiError';
import { requestEmpty, requestJson } from './apiRequest';

/**
 * A map's metrics API tokens and the editors' CSV upload (server/http/metricsRoutes.ts). Tokens are
 * the map governor's only; the share link's token goes along as on every map call.
 */
const tokenInfoSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  preview: z.string(),
}) satisfies z.ZodType<ApiTokenInfo>;

const writtenSchema = z.object({
  written: z.object({ points: z.number().int(), verbatims: z.number().int() }),
}) satisfies z.ZodType<MetricsWriteResponse>;

const refusalSchema = z.object({
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});

const tokensUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}/tokens`;

/** The URL a survey tool pushes to (README "Metrics API"). */
export function metricsPushUrl(mapId: string): string {
  return `${location.origin}/api/maps/${encodeURIComponent(mapId)}/metrics`;
}

export function listApiTokens(
  mapId: string,
  token: string | null,
  signal?: AbortSignal,
): Promise<ApiTokenInfo[]> {
  return requestJson(
    tokensUrl(mapId),
    z.object({ tokens: z.array(tokenInfoSchema) }).transform((b) => b.tokens),
    { token, signal },
  );
}

/** A new token: `secret` is the token itself, shown once (the server keeps only its hash). */
export function createApiToken(
  mapId: string,
  token: string | null,
  label: string,
): Promise<{ token: ApiTokenInfo; secret: string }> {
  return requestJson(tokensUrl(mapId), z.object({ token: tokenInfoSchema, secret: z.string().min(1) }), {
    method: 'POST',
    token,
    body: { label },
  });
}

export function revokeApiToken(mapId: string, token: string | null, tokenId: string): Promise<void> {
  return requestEmpty(`${tokensUrl(mapId)}/${encodeURIComponent(tokenId)}`, { method: 'DELETE', token });
}

/** Uploads a metrics CSV with the dialog's mapping; the server plans it again and writes all or nothing. */
export function importMetricsCsv(
  mapId: string,
  token: string | null,
  body: z.input<typeof metricsCsvBody>,
): Promise<MetricsWriteResponse> {
  return requestJson(`/api/maps/${encodeURIComponent(mapId)}/metrics/csv`, writtenSchema, {
    method: 'POST',
    token,
    body,
  });
}

/** The problems of a 422 refusal (rows or items the server could not place), empty for any other error. */
export function refusalErrors(error: unknown): readonly MetricsInputError[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const parsed = refusalSchema.safeParse(error.body);
  return parsed.success ? parsed.data.errors : [];
}
