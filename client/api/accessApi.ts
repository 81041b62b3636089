import { z } from 'zod';
import { ACCESS_MODES, ROLES } from '../../model';
import { requestEmpty, requestJson } from './apiRequest';

/**
 * Who this page is on a map, and the map's share links (server/http: access and links routes). The
 * share link's token goes along as a Bearer token; responses are validated like every other.
 */
export const accessSchema = z.object({
  role: z.enum(ROLES),
  mode: z.enum(ACCESS_MODES),
  /** Editors may create and revoke share links. */
  canShare: z.boolean(),
});
export type MapAccess = z.output<typeof accessSchema>;

const isoTime = z.string().transform((value, ctx) => {
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `not a timestamp: ${value}` });
    return z.NEVER;
  }
  return ms;
});

const shareLinkSchema = z.object({
  id: z.string().min(1),
  role: z.enum(ROLES),
  token: z.string().min(1),
  createdAt: isoTime,
  /** Epoch ms; null = never expires. */
  expiresAt: isoTime.nullable(),
  revokedAt: isoTime.nullable(),
});
export type ShareLink = z.output<typeof shareLinkSchema>;

const accessUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}/access`;
const linksUrl = (mapId: string) => `/api/maps/${encodeURIComponent(mapId)}/links`;

export function getAccess(mapId: string, token: string | null, signal?: AbortSignal): Promise<MapAccess> {
  return requestJson(accessUrl(mapId), accessSchema, { token, signal });
}

export function listLinks(mapId: string, token: string | null, signal?: AbortSignal): Promise<ShareLink[]> {
  return requestJson(
    linksUrl(mapId),
    z.object({ links: z.array(shareLinkSchema) }).transform((b) => b.links),
    {
      token,
      signal,
    },
  );
}

/** `expiresInHours` null: the link never expires. */
export function createLink(
  mapId: string,
  token: string | null,
  input: { role: ShareLink['role']; expiresInHours: number | null },
): Promise<ShareLink> {
  return requestJson(
    linksUrl(mapId),
    z.object({ link: shareLinkSchema }).transform((b) => b.link),
    {
      method: 'POST',
      token,
      body: input,
    },
  );
}

export function revokeLink(mapId: string, token: string | null, linkId: string): Promise<void> {
  return requestEmpty(`${linksUrl(mapId)}/${encodeURIComponent(linkId)}`, { method: 'DELETE', token });
}

/** The URL a share link opens: this map's page with the token. */
export function shareUrl(mapId: string, token: string): string {
  return `${location.origin}/map/${encodeURIComponent(mapId)}?token=${encodeURIComponent(token)}`;
}
