import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { roleSchema, type Role } from '../../model';
import type { AccessGate } from '../access/AccessGate';
import { canRevokeLink, mintRefusal } from '../access/governance';
import type { LinkSessions } from '../access/LinkSessions';
import type { Person } from '../access/person';
import type { AccessGrant } from '../access/resolveAccess';
import type { Logger } from '../log';
import type { MapRecord } from '../persistence/MapStore';
import type { ShareLink, ShareLinkStore } from '../persistence/ShareLinkStore';
import { HttpError } from './HttpError';
import { LOCAL_RELAY, type DocRelay } from '../cluster/DocRelay';

const HOUR_MS = 3_600_000;
/** Ten years: beyond that "never" (null) says it better. */
const MAX_EXPIRY_HOURS = 24 * 365 * 10;
export const MAX_LINK_NAME = 80;

export const createLinkBody = z
  .strictObject({
    role: roleSchema,
    /** Hours from now; fractions allowed (a 30-minute link). Absent or null: never expires. */
    expiresInHours: z.number().positive().max(MAX_EXPIRY_HOURS).nullable().optional(),
    /** The link expires when the requester's own link does ("expires with my link"). */
    expiresWithMyLink: z.literal(true).optional(),
    /** What the link is for ("Exec team, read-only"); blank is no name. */
    name: z.string().trim().max(MAX_LINK_NAME).nullable().optional(),
  })
  .refine((b) => !(b.expiresWithMyLink && typeof b.expiresInHours === 'number'), {
    message: 'give expiresInHours or expiresWithMyLink, not both',
  });

/** A share link as the HTTP API returns it: ISO timestamps, and its token where it may be used. */
export interface ApiLink {
  id: string;
  role: Role;
  name: string | null;
  /** Only for links the requester may revoke (their own, or all of them for the map's governor). */
  token?: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  /** Who minted it, for people: "you", "the owner", a parent link's name… */
  mintedBy: string;
  canRevoke: boolean;
}

/** The requester of a links call, as the route resolved them. */
export interface Requester {
  grant: AccessGrant;
  person: Person;
  map: MapRecord;
  /** They govern the map (governance.ts). */
  governs: boolean;
}

const MINT_ERRORS = {
  role_above_own: { status: 403, message: 'Your link cannot share a role above its own.' },
  expiry_beyond_own: {
    status: 400,
    message: 'Your link expires: a link you share must expire no later than yours.',
  },
} as const;

/** What the share-link endpoints do, without HTTP (the caller has checked the editor role). */
export class LinksApi {
  constructor(
    private readonly links: ShareLinkStore,
    private readonly access: AccessGate,
    private readonly sessions: LinkSessions,
    private readonly logger: Logger,
    /** Issue 20: the other processes close the sockets of a revoked link too. */
    private readonly cluster: Pick<DocRelay, 'publishEvent'> = LOCAL_RELAY,
  ) {}

  /** Mints a link within the requester's ceiling (governance.ts) and records who minted it. */
  create(
    mapId: string,
    body: z.infer<typeof createLinkBody>,
    by: Pick<Requester, 'grant' | 'person'>,
  ): ApiLink {
    const now = Date.now();
    const hours = body.expiresInHours ?? null;
    const expiresAt = body.expiresWithMyLink
      ? by.grant.expiresAt
      : hours === null
        ? null
        : now + Math.round(hours * HOUR_MS);
    const refusal = mintRefusal(by.grant, body.role, expiresAt);
    if (refusal) {
      const { status, message } = MINT_ERRORS[refusal];
      throw new HttpError(status, message, {}, refusal);
    }
    const link: ShareLink = {
      // The token's jti: random, so knowing one link says nothing about another.
      id: `link_${randomBytes(12).toString('base64url')}`,
      mapId,
      role: body.role,
      createdAt: now,
      expiresAt,
      revokedAt: null,
      createdBy: by.person.id,
      mintedByLink: by.grant.via === 'link' ? (by.grant.linkId ?? null) : null,
      name: body.name ? body.name : null,
    };
    this.links.createLink(link);
    this.logger.info('access.link_created', {
      map: mapId,
      link: link.id,
      role: link.role,
      via: link.mintedByLink ?? by.grant.via,
    });
    // Its minter may always revoke it (and so see its token).
    return {
      ...this.toApi(link, { ...by, governs: true, map: { owner: null } }, new Map()),
      mintedBy: 'you',
    };
  }

  list(mapId: string, requester: Requester): ApiLink[] {
    const all = this.links.listLinks(mapId);
    const byId = new Map(all.map((link) => [link.id, link]));
    return all.map((link) => this.toApi(link, requester, byId));
  }

  /**
   * Revokes the link and, recursively, every link minted through it, and closes the sockets they
   * opened (4401); revoking twice is fine. Only the governor or the link's minter may.
   */
  revoke(mapId: string, linkId: string, requester: Requester): void {
    const link = this.links.getLink(linkId);
    if (!link || link.mapId !== mapId) throw new HttpError(404, `link ${linkId} not found`);
    if (!canRevokeLink(link, requester.governs, requester.grant, requester.person)) {
      throw new HttpError(403, "Only the map's owner can revoke links that others shared.", {}, 'owner_only');
    }
    const revoked = this.links.revokeLink(mapId, linkId, Date.now());
    let closed = 0;
    for (const id of revoked) {
      closed += this.sessions.closeLink(id);
      this.cluster.publishEvent({ type: 'link-revoked', mapId, linkId: id });
    }
    this.logger.info('access.link_revoked', {
      map: mapId,
      link: linkId,
      cascade: revoked.length - 1,
      closed,
    });
  }

  private toApi(
    link: ShareLink,
    requester: Pick<Requester, 'grant' | 'person' | 'governs'> & { map: Pick<MapRecord, 'owner'> },
    byId: Map<string, ShareLink>,
  ): ApiLink {
    const canRevoke = canRevokeLink(link, requester.governs, requester.grant, requester.person);
    return {
      id: link.id,
      role: link.role,
      name: link.name ?? null,
      ...(canRevoke ? { token: this.access.tokenFor(link) } : {}),
      createdAt: new Date(link.createdAt).toISOString(),
      expiresAt: link.expiresAt === null ? null : new Date(link.expiresAt).toISOString(),
      revokedAt: link.revokedAt === null ? null : new Date(link.revokedAt).toISOString(),
      mintedBy: minterLabel(link, requester, byId),
      canRevoke,
    };
  }
}

/** Who minted `link`, as the requester would say it. */
function minterLabel(
  link: ShareLink,
  requester: Pick<Requester, 'person'> & { map: Pick<MapRecord, 'owner'> },
  byId: Map<string, ShareLink>,
): string {
  const by = link.createdBy ?? null;
  if (by !== null && requester.person.keyed && by === requester.person.id) return 'you';
  if (link.mintedByLink) {
    const parent = byId.get(link.mintedByLink);
    if (parent?.name) return `someone with "${parent.name}"`;
    return `someone with ${parent ? articled(parent.role) : 'a'} link`;
  }
  if (by !== null && by === (requester.map.owner ?? null)) return 'the owner';
  return 'an editor';
}

function articled(role: Role): string {
  return role === 'editor' ? 'an editor' : `a ${role}`;
}
