/**
 * A map saved as a template on this server (issue 21): its map file (JSON, workshop state and
 * comments left out), who saved it and when. Not tied to the map it came from: deleting that map
 * keeps the template.
 */
export interface SavedTemplateRecord {
  /** `tpl_…`; the gallery names it `saved:<id>`. */
  id: string;
  name: string;
  summary: string;
  /** The map file (`buildMapFile`), as JSON text. */
  file: string;
  /** Person id of whoever saved it; null: unknown (no person key). */
  savedBy: string | null;
  /** Their display name when the server knew it. */
  savedByName: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** What the gallery lists: everything but the (possibly large) file. */
export type SavedTemplateInfo = Omit<SavedTemplateRecord, 'file'>;

export interface TemplateStore {
  /** Stores it unless the server already holds `max` templates (then false, nothing stored). */
  addTemplate(template: SavedTemplateRecord, max: number): boolean;
  getTemplate(id: string): SavedTemplateRecord | undefined;
  /** Every saved template, newest first, without files. */
  listTemplates(): SavedTemplateInfo[];
  /** False if there was no such template. */
  deleteTemplate(id: string): boolean;
}
