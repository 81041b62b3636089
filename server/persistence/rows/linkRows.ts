import type { Role } from '../../../model';
import type { ShareLink } from '../ShareLinkStore';

/** The `share_links` table's columns and records, shared by SqliteLinkStore and PgStore's accessOps. */

export interface LinkRow {
  id: string;
  map_id: string;
  role: Role;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  created_by: string | null;
  minted_by_link: string | null;
  name: string | null;
}

/** The values of LINK_COLUMNS, in that order. */
export function linkInsertValues(link: ShareLink): unknown[] {
  return [
    link.id,
    link.mapId,
    link.role,
    link.createdAt,
    link.expiresAt,
    link.revokedAt,
    link.createdBy ?? null,
    link.mintedByLink ?? null,
    link.name ?? null,
  ];
}

export function toLink(row: LinkRow): ShareLink {
  return {
    id: row.id,
    mapId: row.map_id,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    createdBy: row.created_by,
    mintedByLink: row.minted_by_link,
    name: row.name,
  };
}
