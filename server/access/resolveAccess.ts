import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AccessErrorCode, AccessMode, Role } from '../../model';
import type { ShareLinkStore } from '../persistence/ShareLinkStore';
import { verifyShareToken } from './shareToken';

/** Everything a decision depends on; `now` is passed in so tests need no clock tricks. */
export interface AccessContext {
  mode: AccessMode;
  secret: string;
  /** JOURNEY_ADMIN_TOKEN: the host's own key, editor on every map. */
  adminToken: string | undefined;
  links: Pick<ShareLinkStore, 'getLink'>;
  now: number;
}

export type AccessGrant = {
  ok: true;
  role: Role;
  /** How the role was earned: no token on an open server, the admin token, or a share link. */
  via: 'open' | 'admin' | 'link';
  /** The share link behind the grant, so revoking it can close the connections it opened. */
  linkId?: string;
  /** When the grant runs out (epoch ms); null = never. */
  expiresAt: number | null;
};
export type AccessRefusal = { ok: false; code: AccessErrorCode };
export type AccessDecision = AccessGrant | AccessRefusal;

/**
 * The authenticate step, for HTTP requests and WebSocket upgrades alike. No token: editor on an
 * open server, refused on a locked one. A token must be the admin token or a share link that is
 * genuine, for this map, unexpired and not revoked. A bad token is refused even on an open server:
 * silently treating it as "no token" would make a revoked viewer link an editor link.
 */
export function resolveAccess(mapId: string, token: string | undefined, ctx: AccessContext): AccessDecision {
  if (token === undefined) {
    return ctx.mode === 'open'
      ? { ok: true, role: 'editor', via: 'open', expiresAt: null }
      : refuse('token_missing');
  }
  if (isAdminToken(token, ctx.adminToken)) {
    return { ok: true, role: 'editor', via: 'admin', expiresAt: null };
  }
  const payload = verifyShareToken(token, ctx.secret);
  if (!payload) return refuse('token_invalid');
  if (payload.map !== mapId) return refuse('token_wrong_map');
  if (payload.exp !== null && payload.exp <= ctx.now) return refuse('token_expired');
  const link = ctx.links.getLink(payload.jti);
  // A genuine signature over a payload its row disagrees with: only a leaked secret does that.
  if (!link || link.mapId !== payload.map || link.role !== payload.role || link.expiresAt !== payload.exp) {
    return refuse('token_invalid');
  }
  if (link.revokedAt !== null) return refuse('token_revoked');
  return { ok: true, role: link.role, via: 'link', linkId: link.id, expiresAt: link.expiresAt };
}

/**
 * The token of a request: `Authorization: Bearer …` (HTTP) or `?token=` (WebSocket, where a browser
 * cannot set headers). Other schemes (a proxy's Basic auth) are not ours and are ignored; an empty
 * value counts as no token.
 */
export function tokenFromRequest(req: Pick<IncomingMessage, 'headers' | 'url'>): string | undefined {
  const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  return query === null || query === '' ? undefined : query;
}

function refuse(code: AccessErrorCode): AccessRefusal {
  return { ok: false, code };
}

/**
 * True if `token` is the configured admin token. Constant-time, so response times do not reveal
 * how much of it matched.
 */
export function isAdminToken(token: string | undefined, adminToken: string | undefined): boolean {
  if (token === undefined || adminToken === undefined) return false;
  const given = Buffer.from(token, 'utf8');
  const expected = Buffer.from(adminToken, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
