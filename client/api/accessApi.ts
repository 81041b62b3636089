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
  /** This browser's person created the map. */
  isOwner: z.boolean().optional(),
  /** May revoke anyone's links and move the map to the trash (owner, admin; see server governance). */
  canGovern: z.boolean().optional(),
  /** This page's own link expires then (ISO); a link it shares must expire no later. */
  linkExpiresAt: z.string().nullable().optional(),
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
  /** Sent only for links this person may revoke (theirs, or all for the map's owner). */
  token: z.string().min(1).optional(),
  /** What it is for ("Exec team, read-only"). */
  name: z.string().nullable().default(null),
  /** Who shared it: "you", "the owner", "someone with an editor link"… */
  mintedBy: z.string().default(''),
  canRevoke: z.boolean().default(true),
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

/** Longest link name the server accepts. */
export const LINK_NAME_MAX = 80;

/** What a new link is: `expiresInHours` null never expires; `expiresWithMyLink` ends with this page's link. */
export interface NewLinkInput {
  role: ShareLink['role'];
  expiresInHours: number | null;
  expiresWithMyLink?: true;
  name?: string;
}

export function createLink(mapId: string, token: string | null, input: NewLinkInput): Promise<ShareLink> {
  return requestJson(
    linksUrl(mapId),
    z.object({ link: shareLinkSchema }).transform((b) => b.link),
    {
      method: 'POST',
      token,
      body: input.expiresWithMyLink
        ? { role: input.role, expiresWithMyLink: true, name: input.name || undefined }
        : { role: input.role, expiresInHours: input.expiresInHours, name: input.name || undefined },
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
