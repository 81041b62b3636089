import { z } from 'zod';
import { MAP_ID_PATTERN } from '../ids';
import { mapIdSchema } from '../records/mapLink';

/**
 * The templates gallery's wire contract (issue 21). A template is named by a `templateRef`:
 * - `blank` and `sample` (the built-in home-internet sample, `initMapDoc`),
 * - a gallery template's id (`gallery/index.ts`, GALLERY_TEMPLATES),
 * - `saved:<id>`: a map someone saved as a template on this server (its map file, stored).
 * Creating a map from any of them is the same request: POST /api/maps `{ title?, template }`.
 */
export const TEMPLATE_SOURCES = ['builtin', 'gallery', 'saved'] as const;
export type TemplateSource = (typeof TEMPLATE_SOURCES)[number];

export const SAVED_TEMPLATE_PREFIX = 'saved:';
export const MAX_SAVED_TEMPLATES = 200;

export const savedTemplateIdSchema = z.string().regex(MAP_ID_PATTERN);
export const templateRefSchema = z
  .string()
  .max(80)
  .refine(
    (ref) =>
      ref.startsWith(SAVED_TEMPLATE_PREFIX)
        ? MAP_ID_PATTERN.test(ref.slice(SAVED_TEMPLATE_PREFIX.length))
        : /^[a-z0-9-]{1,64}$/.test(ref),
    'expected blank, sample, a gallery template id or saved:<id>',
  );
export type TemplateRef = string;

export function savedTemplateRef(id: string): TemplateRef {
  return `${SAVED_TEMPLATE_PREFIX}${id}`;
}
/** The saved template's id, or null for a built-in or gallery ref. */
export function savedTemplateId(ref: TemplateRef): string | null {
  return ref.startsWith(SAVED_TEMPLATE_PREFIX) ? ref.slice(SAVED_TEMPLATE_PREFIX.length) : null;
}

/** One card of the gallery (GET /api/templates). Previews are drawn by the client from the file. */
export const templateSummarySchema = z.object({
  ref: templateRefSchema,
  source: z.enum(TEMPLATE_SOURCES),
  name: z.string().max(200),
  summary: z.string().max(1000),
  industry: z.string().max(80).optional(),
  /** Saved templates: who saved it (display name when known) and when (ISO). */
  savedBy: z.string().max(120).optional(),
  savedAt: z.string().max(64).optional(),
  /** Saved templates: the requester may remove it (its saver, or the admin). */
  canDelete: z.boolean().optional(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templatesResponseSchema = z.object({ templates: z.array(templateSummarySchema) });
export type TemplatesResponse = z.infer<typeof templatesResponseSchema>;

/**
 * POST /api/templates: save a map as a template (editor of the map). The server reads the map's
 * saved doc, turns it into a map file (workshop state, comments and votes left behind), stores it.
 * GET /api/templates/saved:<id>/file: that map file (for the preview). DELETE /api/templates/saved:<id>.
 */
export const saveTemplateBodySchema = z.strictObject({
  mapId: mapIdSchema,
  name: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(1000).optional(),
});
export type SaveTemplateBody = z.infer<typeof saveTemplateBodySchema>;
