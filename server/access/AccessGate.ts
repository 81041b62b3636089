import type { AccessMode } from '../../model';
import type { ShareLink, ShareLinkStore } from '../persistence/ShareLinkStore';
import { resolveLibraryAccess } from './libraryAccess';
import { isAdminToken, resolveAccess, type AccessDecision } from './resolveAccess';
import { signShareToken } from './shareToken';

export interface AccessGateOptions {
  mode: AccessMode;
  secret: string;
  adminToken: string | undefined;
  links: ShareLinkStore;
}

/**
 * The server's access settings in one object, shared by the HTTP API and the WebSocket upgrade so
 * both decide alike: resolves tokens against the live link table and signs new links.
 */
export class AccessGate {
  constructor(private readonly options: AccessGateOptions) {}

  get mode(): AccessMode {
    return this.options.mode;
  }

  resolve(mapId: string, token: string | undefined): AccessDecision {
    return resolveAccess(mapId, token, { ...this.options, now: Date.now() });
  }

  /** The persona library's access (`libraryAccess.ts`): the admin edits, any map's link reads. */
  resolveLibrary(token: string | undefined): AccessDecision {
    return resolveLibraryAccess(token, { ...this.options, now: Date.now() });
  }

  /** The admin token unlocks the maps list and creating maps on a locked server. */
  isAdmin(token: string | undefined): boolean {
    return isAdminToken(token, this.options.adminToken);
  }

  /** The link's token; the same every time (HMAC of a fixed payload), so links can be copied again. */
  tokenFor(link: ShareLink): string {
    return signShareToken(
      { v: 1, map: link.mapId, role: link.role, exp: link.expiresAt, jti: link.id },
      this.options.secret,
    );
  }
}
