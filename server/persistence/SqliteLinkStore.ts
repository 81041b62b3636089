import type Database from 'better-sqlite3';
import type { ShareLink, ShareLinkStore } from './ShareLinkStore';
import { linkInsertValues, toLink, type LinkRow } from './rows/linkRows';
import { LINK_SQL } from './sqliteSchema';
import { prepareAll, type Prepared } from './sqliteStatements';

/** Share links in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteLinkStore implements ShareLinkStore {
  private readonly sql: Prepared<typeof LINK_SQL>;

  constructor(db: Database.Database) {
    this.sql = prepareAll(db, LINK_SQL);
  }

  createLink(link: ShareLink): void {
    this.sql.insertLink.run(...linkInsertValues(link));
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
