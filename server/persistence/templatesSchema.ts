import { TEMPLATE_COLUMNS, TEMPLATE_INFO_COLUMNS } from './rows/templateRows';

/**
 * SQL of the saved templates (schema version 7, issue 21). A template keeps its own copy of the
 * map file, so it has no foreign key to `maps`: deleting the map it came from keeps it.
 * `IF NOT EXISTS`: the step stands alone, whatever other version-7 tables it is merged beside.
 */
export const TEMPLATE_TABLES = `
CREATE TABLE IF NOT EXISTS templates (
  id             TEXT PRIMARY KEY,
  name           TEXT NOT NULL,
  summary        TEXT NOT NULL,
  saved_by       TEXT,
  saved_by_name  TEXT,
  created_at     INTEGER NOT NULL,
  file           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS templates_by_time ON templates(created_at);
`;

export const TEMPLATE_SQL = {
  /** Inserts only while the server holds fewer than the last parameter's templates. */
  insertTemplate: `INSERT INTO templates (${TEMPLATE_COLUMNS}) SELECT ?, ?, ?, ?, ?, ?, ?
    WHERE (SELECT COUNT(*) FROM templates) < ?`,
  getTemplate: `SELECT ${TEMPLATE_COLUMNS} FROM templates WHERE id = ?`,
  listTemplates: `SELECT ${TEMPLATE_INFO_COLUMNS} FROM templates ORDER BY created_at DESC, rowid DESC`,
  deleteTemplate: `DELETE FROM templates WHERE id = ?`,
} as const;
