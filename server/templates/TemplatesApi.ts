import { newId, readMap } from '../../model';
import { buildMapFile } from '../../model/export';
import { GALLERY_TEMPLATES } from '../../model/templates/gallery';
import {
  MAX_SAVED_TEMPLATES,
  savedTemplateId,
  savedTemplateRef,
  type SaveTemplateBody,
  type TemplateRef,
  type TemplateSummary,
} from '../../model/templates/templatesApi';
import type { MapFile } from '../../model/export/mapExportFormat';
import { HttpError } from '../http/HttpError';
import type { SavedTemplateInfo, TemplateStore } from '../persistence/TemplateStore';
import type { RoomManager } from '../rooms/RoomManager';
import { templateFile, unknownTemplate } from './templateCatalog';

export interface TemplatesApiDeps {
  templates: TemplateStore;
  rooms: Pick<RoomManager, 'readDoc'>;
  /** The name a person gave themselves on a map ('' if unknown), for "saved by". */
  nameOf?: (mapId: string, personId: string) => string;
  now?: () => number;
  /** Server-wide cap (MAX_SAVED_TEMPLATES unless a test says otherwise). */
  maxSaved?: number;
}

/** Who asks: their person id (null without a person key) and whether they hold the admin token. */
export interface TemplateRequester {
  personId: string | null;
  admin: boolean;
}

const BUILTIN_SUMMARIES: TemplateSummary[] = [
  { ref: 'blank', source: 'builtin', name: 'Blank map', summary: 'Empty stages and lanes to fill in.' },
  {
    ref: 'sample',
    source: 'builtin',
    name: 'Sample: home internet',
    summary: 'A worked example with touchpoints, emotions and pain points to explore.',
  },
];

const GALLERY_SUMMARIES: TemplateSummary[] = GALLERY_TEMPLATES.map((t) => ({
  ref: t.id,
  source: 'gallery',
  name: t.name,
  summary: t.summary,
  industry: t.industry,
}));

/**
 * The templates gallery without HTTP: the list (built-in, gallery, saved newest first), a
 * template's map file, saving a map as a template and deleting a saved one. Access to the map and
 * to the server is checked by the routes (templatesRoutes.ts); ownership of a saved one here.
 */
export class TemplatesApi {
  private readonly now: () => number;

  constructor(private readonly deps: TemplatesApiDeps) {
    this.now = deps.now ?? Date.now;
  }

  list(requester: TemplateRequester): TemplateSummary[] {
    const saved = this.deps.templates.listTemplates().map((t) => this.summary(t, requester));
    return [...BUILTIN_SUMMARIES, ...GALLERY_SUMMARIES, ...saved];
  }

  file(ref: TemplateRef): MapFile {
    return templateFile(ref, this.deps.templates, new Date(this.now()));
  }

  /** The map as it is now (its live doc, not awaited), stored as a template. */
  save(body: SaveTemplateBody, requester: TemplateRequester): TemplateSummary {
    const now = this.now();
    const read = this.deps.rooms.readDoc(body.mapId, (doc) => buildMapFile(readMap(doc).map, new Date(now)));
    if (!read) throw new HttpError(404, `map ${body.mapId} not found`);
    const name = requester.personId ? this.deps.nameOf?.(body.mapId, requester.personId) : '';
    const record = {
      id: newId('tpl'),
      name: body.name,
      summary: body.summary ?? '',
      file: JSON.stringify(read.result),
      savedBy: requester.personId,
      savedByName: name ? name.slice(0, 120) : null,
      createdAt: now,
    };
    const max = this.deps.maxSaved ?? MAX_SAVED_TEMPLATES;
    if (!this.deps.templates.addTemplate(record, max)) {
      throw new HttpError(
        507,
        `This server already keeps ${max} saved templates: delete one before saving another.`,
        {},
        'templates_full',
      );
    }
    return this.summary(record, requester);
  }

  delete(ref: TemplateRef, requester: TemplateRequester): void {
    const id = savedTemplateId(ref);
    const record = id === null ? undefined : this.deps.templates.getTemplate(id);
    if (!record || id === null) {
      if (id === null && ref.length > 0) {
        throw new HttpError(
          403,
          'Built-in and gallery templates cannot be deleted.',
          {},
          'template_forbidden',
        );
      }
      throw unknownTemplate(ref);
    }
    if (!canDelete(record, requester)) {
      throw new HttpError(
        403,
        'Only the person who saved this template (or the server admin) can delete it.',
        {},
        'template_forbidden',
      );
    }
    this.deps.templates.deleteTemplate(id);
  }

  private summary(t: SavedTemplateInfo, requester: TemplateRequester): TemplateSummary {
    return {
      ref: savedTemplateRef(t.id),
      source: 'saved',
      name: t.name,
      summary: t.summary,
      ...(t.savedByName ? { savedBy: t.savedByName } : {}),
      savedAt: new Date(t.createdAt).toISOString(),
      canDelete: canDelete(t, requester),
    };
  }
}

function canDelete(t: SavedTemplateInfo, requester: TemplateRequester): boolean {
  return requester.admin || (t.savedBy !== null && t.savedBy === requester.personId);
}
