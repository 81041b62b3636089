import { z } from 'zod';
import { parseMapFile, type MapFile } from '../../model/export';
import {
  templatesResponseSchema,
  type SaveTemplateBody,
  type TemplateRef,
  type TemplateSummary,
  templateSummarySchema,
} from '../../model/templates/templatesApi';
import { requestEmpty, requestJson } from './apiRequest';

/**
 * The server's templates gallery (server/http/templatesApi.ts), typed and validated. A template is
 * named by its ref (`blank`, `sample`, a gallery id, `saved:<id>`); creating a map from any of them
 * is `createMap({ template: ref })` in mapsApi.ts.
 */

const templateUrl = (ref: TemplateRef) => `/api/templates/${encodeURIComponent(ref)}`;

// Entries are checked one by one so a single odd card hides that template, not the whole gallery.
const templateList = z.object({ templates: z.array(z.unknown()) }).transform((body) => {
  const templates: TemplateSummary[] = [];
  for (const entry of body.templates) {
    const parsed = templateSummarySchema.safeParse(entry);
    if (parsed.success) templates.push(parsed.data);
    else
      console.warn(
        'Skipping a template the server listed in an unexpected shape',
        entry,
        parsed.error.issues,
      );
  }
  return templates satisfies z.infer<typeof templatesResponseSchema>['templates'];
});

const mapFileBody = z.unknown().transform((value, ctx): MapFile => {
  const result = parseMapFile(value);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.error });
    return z.NEVER;
  }
  return result.data;
});

/** Built-in (blank, sample), then the gallery, then templates saved on this server (newest first). */
export function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return requestJson('/api/templates', templateList, { signal });
}

/** A template's content as a map file, for its preview. */
export function templateFile(ref: TemplateRef, signal?: AbortSignal): Promise<MapFile> {
  return requestJson(`${templateUrl(ref)}/file`, mapFileBody, { signal });
}

/** Saves a map (the requester must be able to edit it) as a template on this server. */
export function saveTemplate(body: SaveTemplateBody): Promise<TemplateSummary> {
  const summary = body.summary?.trim();
  return requestJson('/api/templates', templateSummarySchema, {
    method: 'POST',
    body: { mapId: body.mapId, name: body.name.trim(), ...(summary ? { summary } : {}) },
  });
}

/** Removes a saved template (its saver or the admin only). */
export function deleteTemplate(ref: TemplateRef): Promise<void> {
  return requestEmpty(templateUrl(ref), { method: 'DELETE' });
}
