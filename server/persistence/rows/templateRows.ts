import type { SavedTemplateInfo, SavedTemplateRecord } from '../TemplateStore';

/** The `templates` table's columns and records, shared by SqliteTemplateStore and PgStore's templateOps. */

export const TEMPLATE_INFO_COLUMNS = 'id, name, summary, saved_by, saved_by_name, created_at';
export const TEMPLATE_COLUMNS = 'id, name, summary, saved_by, saved_by_name, created_at, file';

export interface TemplateInfoRow {
  id: string;
  name: string;
  summary: string;
  saved_by: string | null;
  saved_by_name: string | null;
  created_at: number;
}
export interface TemplateRow extends TemplateInfoRow {
  file: string;
}

/** The values of TEMPLATE_COLUMNS, in that order. */
export function templateInsertValues(t: SavedTemplateRecord): unknown[] {
  return [t.id, t.name, t.summary, t.savedBy, t.savedByName, t.createdAt, t.file];
}

export function toTemplateInfo(row: TemplateInfoRow): SavedTemplateInfo {
  return {
    id: row.id,
    name: row.name,
    summary: row.summary,
    savedBy: row.saved_by,
    savedByName: row.saved_by_name,
    createdAt: row.created_at,
  };
}

export function toTemplateRecord(row: TemplateRow): SavedTemplateRecord {
  return { ...toTemplateInfo(row), file: row.file };
}
