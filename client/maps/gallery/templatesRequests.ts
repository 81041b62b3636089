import { z } from 'zod';
import {
  templatesResponseSchema,
  type SaveTemplateBody,
  type TemplateRef,
  type TemplateSummary,
} from '../../../model/templates/templatesApi';
import { requestEmpty, requestJson } from '../../api/apiRequest';

/** The templates endpoints (model/templates/templatesApi.ts), as the gallery and the editor use them. */

const templateUrl = (ref: TemplateRef) => `/api/templates/${encodeURIComponent(ref)}`;

export function listTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return requestJson('/api/templates', templatesResponseSchema, { signal }).then((r) => r.templates);
}

/** The template's map file, unchecked (the caller validates it with `parseMapFile`). */
export function fetchTemplateFile(ref: TemplateRef, signal?: AbortSignal): Promise<unknown> {
  return requestJson(`${templateUrl(ref)}/file`, z.unknown(), { signal });
}

export function saveTemplate(body: SaveTemplateBody, token?: string | null): Promise<unknown> {
  return requestJson('/api/templates', z.unknown(), { method: 'POST', body, token });
}

export function deleteTemplate(ref: TemplateRef): Promise<void> {
  return requestEmpty(templateUrl(ref), { method: 'DELETE' });
}
