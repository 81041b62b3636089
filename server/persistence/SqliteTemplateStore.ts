import type Database from 'better-sqlite3';
import { toTemplateInfo, toTemplateRecord, templateInsertValues } from './rows/templateRows';
import type { TemplateInfoRow, TemplateRow } from './rows/templateRows';
import { prepareAll, type Prepared } from './sqliteStatements';
import type { SavedTemplateInfo, SavedTemplateRecord, TemplateStore } from './TemplateStore';
import { TEMPLATE_SQL } from './templatesSchema';

/** Saved templates in the same SQLite file as the maps (SqliteStore owns the connection and schema). */
export class SqliteTemplateStore implements TemplateStore {
  private readonly sql: Prepared<typeof TEMPLATE_SQL>;

  constructor(db: Database.Database) {
    this.sql = prepareAll(db, TEMPLATE_SQL);
  }

  addTemplate(t: SavedTemplateRecord, max: number): boolean {
    return this.sql.insertTemplate.run(...templateInsertValues(t), max).changes > 0;
  }

  getTemplate(id: string): SavedTemplateRecord | undefined {
    const row = this.sql.getTemplate.get(id) as TemplateRow | undefined;
    return row && toTemplateRecord(row);
  }

  listTemplates(): SavedTemplateInfo[] {
    return (this.sql.listTemplates.all() as TemplateInfoRow[]).map(toTemplateInfo);
  }

  deleteTemplate(id: string): boolean {
    return this.sql.deleteTemplate.run(id).changes > 0;
  }
}
