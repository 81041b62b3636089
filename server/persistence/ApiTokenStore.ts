/** One metrics API token of a map, as stored (the secret itself is never kept: only its hash). */
export interface ApiTokenRecord {
  /** Random hex; the `<id>` of `jmt_<id>_<secret>`, so a presented token finds its row. */
  id: string;
  mapId: string;
  /** What it is for, as its creator put it ("Medallia nightly export"). */
  label: string;
  /** sha256 (hex) of the whole token text. */
  tokenHash: string;
  /** Person id of whoever created it (its pushes are credited to them); null: unknown (no person key). */
  createdBy: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
  lastUsedAt: number | null;
  /** Set once revoked; the row stays so the token is refused as revoked and listed as such. */
  revokedAt: number | null;
}

export interface ApiTokenStore {
  createToken(token: ApiTokenRecord): void;
  getToken(id: string): ApiTokenRecord | undefined;
  /** The map's tokens, revoked ones included, newest first. */
  listTokens(mapId: string): ApiTokenRecord[];
  /** Marks the map's token revoked (keeping a first revocation); false if the map has no such token. */
  revokeToken(mapId: string, id: string, at: number): boolean;
  /** Records a successful push. */
  touchToken(id: string, at: number): void;
}
