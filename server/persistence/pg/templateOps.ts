import {
  TEMPLATE_COLUMNS,
  TEMPLATE_INFO_COLUMNS,
  templateInsertValues,
  toTemplateInfo,
  toTemplateRecord,
  type TemplateInfoRow,
  type TemplateRow,
} from '../rows/templateRows';
import type { SavedTemplateInfo, SavedTemplateRecord } from '../TemplateStore';
import type { Db } from './pgTx';

/** Saved templates in PostgreSQL: SqliteTemplateStore's statements. */
export const TEMPLATE_OPS = {
  /**
   * Inserts only while the server holds fewer than `max`. Two processes saving at the same instant
   * may both pass the count; the cap is a guard against runaway storage, not an exact ledger.
   */
  async addTemplate(db: Db, t: SavedTemplateRecord, max: number): Promise<boolean> {
    const result = await db.query(
      `INSERT INTO templates (${TEMPLATE_COLUMNS}) SELECT $1, $2, $3, $4, $5, $6, $7
       WHERE (SELECT COUNT(*) FROM templates) < $8`,
      [...templateInsertValues(t), max],
    );
    return (result.rowCount ?? 0) > 0;
  },

  async getTemplate(db: Db, id: string): Promise<SavedTemplateRecord | undefined> {
    const sql = `SELECT ${TEMPLATE_COLUMNS} FROM templates WHERE id = $1`;
    const row = (await db.query<TemplateRow>(sql, [id])).rows[0];
    return row && toTemplateRecord(row);
  },

  async listTemplates(db: Db): Promise<SavedTemplateInfo[]> {
    const sql = `SELECT ${TEMPLATE_INFO_COLUMNS} FROM templates ORDER BY created_at DESC, ord DESC`;
    return (await db.query<TemplateInfoRow>(sql)).rows.map(toTemplateInfo);
  },

  async deleteTemplate(db: Db, id: string): Promise<boolean> {
    return ((await db.query('DELETE FROM templates WHERE id = $1', [id])).rowCount ?? 0) > 0;
  },
};
