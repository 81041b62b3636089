import type { Role } from '../../model';

/**
 * One share link: a row that a signed token points at by its id (the token's `jti`). The token
 * alone proves the server issued it; the row lets an editor list and revoke links.
 */
export interface ShareLink {
  /** Random; the token's `jti`. */
  id: string;
  mapId: string;
  role: Role;
  /** Milliseconds since the epoch. */
  createdAt: number;
  /** Null: never expires. Copied into the token, which is checked against it. */
  expiresAt: number | null;
  /** Set once revoked; a revoked link is kept so its token is refused as revoked, not unknown. */
  revokedAt: number | null;
  /** Person id of whoever minted it; null for links from before this was recorded. */
  createdBy?: string | null;
  /**
   * The link its minter used to mint it (null: the owner, the admin or an open-server editor).
   * Revoking that link revokes this one too.
   */
  mintedByLink?: string | null;
  /** What it is for, as its minter put it ("Exec team, read-only"); null if unnamed. */
  name?: string | null;
}

export interface ShareLinkStore {
  createLink(link: ShareLink): void;
  getLink(id: string): ShareLink | undefined;
  /** The map's links, revoked and expired ones included, newest first. */
  listLinks(mapId: string): ShareLink[];
  /**
   * Marks the link and every link minted through it (recursively) revoked, keeping their first
   * revocation time; returns their ids, empty if the map has no such link.
   */
  revokeLink(mapId: string, id: string, at: number): string[];
}
