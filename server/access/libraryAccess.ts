import { canEditMap } from '../../model';
import { resolveAccess, type AccessContext, type AccessDecision } from './resolveAccess';
import { verifyShareToken } from './shareToken';

/**
 * Who may open the server's persona library (issue 21), "as for maps": on an open server everyone
 * edits (no token); the admin token edits; a valid share link to any map lets its holder in — an
 * editor link edits, a commenter or viewer link reads only. Anything else is refused like a map's
 * token (a bad token is refused even on an open server).
 */
export function resolveLibraryAccess(token: string | undefined, ctx: AccessContext): AccessDecision {
  // The link is checked against its own map (genuine, unexpired, not revoked) by the map rule.
  const mapId = token === undefined ? '' : (verifyShareToken(token, ctx.secret)?.map ?? '');
  const decision = resolveAccess(mapId, token, ctx);
  if (!decision.ok || canEditMap(decision.role)) return decision;
  return { ...decision, role: 'viewer' };
}
