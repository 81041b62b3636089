import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { roleSchema, type Role } from '../../model';
import type { AccessGate } from '../access/AccessGate';
import type { LinkSessions } from '../access/LinkSessions';
import type { Logger } from '../log';
import type { ShareLink, ShareLinkStore } from '../persistence/ShareLinkStore';
import { HttpError } from './HttpError';

const HOUR_MS = 3_600_000;
/** Ten years: beyond that "never" (null) says it better. */
const MAX_EXPIRY_HOURS = 24 * 365 * 10;

export const createLinkBody = z.strictObject({
  role: roleSchema,
  /** Hours from now; fractions allowed (a 30-minute link). Absent or null: never expires. */
  expiresInHours: z.number().positive().max(MAX_EXPIRY_HOURS).nullable().optional(),
});

/** A share link as the HTTP API returns it: ISO timestamps, and its token so it can be copied again. */
export interface ApiLink {
  id: string;
  role: Role;
  token: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** What the share-link endpoints do, without HTTP (the caller has checked the editor role). */
export class LinksApi {
  constructor(
    private readonly links: ShareLinkStore,
    private readonly access: AccessGate,
    private readonly sessions: LinkSessions,
    private readonly logger: Logger,
  ) {}

  create(mapId: string, body: z.infer<typeof createLinkBody>): ApiLink {
    const now = Date.now();
    const hours = body.expiresInHours ?? null;
    const link: ShareLink = {
      // The token's jti: random, so knowing one link says nothing about another.
      id: `link_${randomBytes(12).toString('base64url')}`,
      mapId,
      role: body.role,
      createdAt: now,
      expiresAt: hours === null ? null : now + Math.round(hours * HOUR_MS),
      revokedAt: null,
    };
    this.links.createLink(link);
    this.logger.info('access.link_created', { map: mapId, link: link.id, role: link.role });
    return this.toApi(link);
  }

  list(mapId: string): ApiLink[] {
    return this.links.listLinks(mapId).map((link) => this.toApi(link));
  }

  /** Revokes the link and closes the sockets it opened (4401); revoking twice is fine. */
  revoke(mapId: string, linkId: string): void {
    if (!this.links.revokeLink(mapId, linkId, Date.now()))
      throw new HttpError(404, `link ${linkId} not found`);
    const closed = this.sessions.closeLink(linkId);
    this.logger.info('access.link_revoked', { map: mapId, link: linkId, closed });
  }

  private toApi(link: ShareLink): ApiLink {
    return {
      id: link.id,
      role: link.role,
      token: this.access.tokenFor(link),
      createdAt: new Date(link.createdAt).toISOString(),
      expiresAt: link.expiresAt === null ? null : new Date(link.expiresAt).toISOString(),
      revokedAt: link.revokedAt === null ? null : new Date(link.revokedAt).toISOString(),
    };
  }
}
