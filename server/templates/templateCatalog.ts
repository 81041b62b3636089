import * as Y from 'yjs';
import { buildMapFile, parseMapFile, writeMapFileToDoc } from '../../model/export';
import type { MapFile } from '../../model/export/mapExportFormat';
import type { MapInfo } from '../../model';
import { initMapDoc, readMap, TEMPLATES, type TemplateName } from '../../model';
import { GALLERY_TEMPLATES, type GalleryTemplate } from '../../model/templates/gallery';
import { savedTemplateId, type TemplateRef } from '../../model/templates/templatesApi';
import type { TemplateStore } from '../persistence/TemplateStore';
import { HttpError } from '../http/HttpError';

/**
 * What a template ref names, resolved on the server: a built-in (`initMapDoc`), a gallery
 * template (its map file, built fresh: new ids, dates relative to now) or a saved one (its stored
 * map file). Unknown refs are a 404 `unknown_template`, before anything is created.
 */
export type ResolvedTemplate =
  | { source: 'builtin'; name: TemplateName }
  | { source: 'gallery'; template: GalleryTemplate }
  | { source: 'saved'; id: string };

const BUILTIN = new Set<string>(TEMPLATES);
const GALLERY_BY_ID = new Map(GALLERY_TEMPLATES.map((t) => [t.id, t]));

export function unknownTemplate(ref: TemplateRef): HttpError {
  return new HttpError(404, `There is no template "${ref}" on this server.`, {}, 'unknown_template');
}

export function resolveTemplate(ref: TemplateRef, templates: TemplateStore): ResolvedTemplate {
  if (BUILTIN.has(ref)) return { source: 'builtin', name: ref as TemplateName };
  const gallery = GALLERY_BY_ID.get(ref);
  if (gallery) return { source: 'gallery', template: gallery };
  const id = savedTemplateId(ref);
  if (id !== null && templates.getTemplate(id)) return { source: 'saved', id };
  throw unknownTemplate(ref);
}

/** The template's content as a map file (previews; creating from a gallery or saved template). */
export function templateFile(ref: TemplateRef, templates: TemplateStore, now: Date): MapFile {
  const resolved = resolveTemplate(ref, templates);
  if (resolved.source === 'gallery') return resolved.template.build(now);
  if (resolved.source === 'saved') return savedFile(resolved.id, templates, ref);
  const doc = new Y.Doc();
  try {
    initMapDoc(doc, resolved.name);
    return buildMapFile(readMap(doc).map, now);
  } finally {
    doc.destroy();
  }
}

/** Seeds a fresh doc from the template; `info` (a title the creator typed) wins over the template's. */
export function seedFromTemplate(
  doc: Y.Doc,
  ref: TemplateRef,
  templates: TemplateStore,
  info: Partial<MapInfo>,
  now: Date,
): void {
  const resolved = resolveTemplate(ref, templates);
  if (resolved.source === 'builtin') {
    initMapDoc(doc, resolved.name, info);
    return;
  }
  const file = templateFile(ref, templates, now);
  const given = Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined && v !== ''));
  writeMapFileToDoc(doc, { ...file, map: { ...file.map, info: { ...file.map.info, ...given } } });
}

function savedFile(id: string, templates: TemplateStore, ref: TemplateRef): MapFile {
  const record = templates.getTemplate(id);
  if (!record) throw unknownTemplate(ref);
  let value: unknown;
  try {
    value = JSON.parse(record.file);
  } catch {
    value = undefined;
  }
  const parsed = parseMapFile(value);
  // Stored by this server after validation: a bad one is a damaged database, not the caller's fault.
  if (!parsed.ok) throw new HttpError(500, `saved template ${id} cannot be read: ${parsed.error}`);
  return parsed.data;
}
