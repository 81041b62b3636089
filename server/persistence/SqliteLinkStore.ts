import type Database from 'better-sqlite3';
import type { Role } from '../../model';
import type { ShareLink, ShareLinkStore } from './ShareLinkStore';
import { LINK_SQL } from './sqliteSchema';

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

type Statements = { [K in keyof typeof LINK_SQL]: Database.Statement };

/** Share links in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteLinkStore implements ShareLinkStore {
  private readonly sql: Statements;

  constructor(db: Database.Database) {
    this.sql = Object.fromEntries(
      Object.entries(LINK_SQL).map(([name, text]) => [name, db.prepare(text)]),
    ) as Statements;
  }

  createLink(link: ShareLink): void {
    this.sql.insertLink.run(
      link.id,
      link.mapId,
      link.role,
      link.createdAt,
      link.expiresAt,
      link.revokedAt,
      link.createdBy ?? null,
      link.mintedByLink ?? null,
      link.name ?? null,
    );
  }

  getLink(id: string): ShareLink | undefined {
    const row = this.sql.getLink.get(id) as LinkRow | undefined;
    return row && toLink(row);
  }

  listLinks(mapId: string): ShareLink[] {
    return (this.sql.listLinks.all(mapId) as LinkRow[]).map(toLink);
  }

  revokeLink(mapId: string, id: string, at: number): string[] {
    return (this.sql.revokeTree.all(mapId, id, at) as Array<{ id: string }>).map((row) => row.id);
  }
}

/** Shared with PgStore, whose rows have the same columns. */
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
