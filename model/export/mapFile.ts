import type { z } from 'zod';
import type { JourneyMap } from '../journeyMap';
import { findReferenceProblem } from './mapFileReferences';
import { connectionId } from '../records/connection';
import { sameValue } from '../defineDocLayout';
import { DEFAULT_MAP_SETTINGS, MAP_SETTINGS_KEYS, type MapSettings } from '../records/mapSettings';
import {
  MAP_FILE_FORMAT,
  MAP_FILE_VERSION,
  mapFileSchema,
  type MapFile,
  type MapFileContent,
} from './mapExportFormat';

export type MapFileResult =
  { readonly ok: true; readonly data: MapFile } | { readonly ok: false; readonly error: string };

/**
 * The map file of a snapshot: live stages, all lanes (hidden ones too), every card, connection and
 * note, with their ids, so an import rebuilds the same map. Records are copied field by field from
 * the validated snapshot; `undefined` fields vanish in JSON, exactly as they are absent in the doc.
 */
export function buildMapFile(map: JourneyMap, exportedAt: Date = new Date()): MapFile {
  return {
    format: MAP_FILE_FORMAT,
    version: MAP_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    map: {
      info: { ...map.info },
      stages: map.stages.map((s) => ({
        id: s.id,
        name: s.name,
        order: s.order,
        ...(s.childMapId ? { childMapId: s.childMapId } : {}),
      })),
      lanes: map.lanes.map((l) => ({ ...l })),
      // The stored guess, not the CSAT/NPS-derived score: the file holds records as the doc does.
      touchpoints: map.touchpoints.map(({ emotionMeasured: _m, manualEmotion, emotionDate: _d, ...t }) => ({
        ...t,
        emotion: manualEmotion ?? t.emotion,
      })),
      connections: fileConnections(map.connections),
      notes: map.notes.map((n) => ({ ...n })),
      // Only an edited deck: a map presenting the default deck exports as files did before slides.
      ...(map.slides.length > 0 ? { slides: map.slides.map((s) => ({ ...s })) } : {}),
      ...(map.actions.length > 0 ? { actions: map.actions.map((a) => ({ ...a })) } : {}),
      ...(map.metrics.length > 0 ? { metrics: map.metrics.map((m) => ({ ...m })) } : {}),
      ...(sameSettings(map.settings, DEFAULT_MAP_SETTINGS) ? {} : { settings: { ...map.settings } }),
    },
  };
}

/**
 * Connections under the id the file format requires (`connectionId(from, to)`): a map from before
 * derived ids, or a hostile writer, may file an edge under another id, or the same edge twice.
 */
function fileConnections(connections: JourneyMap['connections']): MapFileContent['connections'] {
  const byId = new Map<string, MapFileContent['connections'][number]>();
  for (const c of connections) {
    const id = connectionId(c.from, c.to);
    if (!byId.has(id)) byId.set(id, { ...c, id });
  }
  return [...byId.values()];
}

function sameSettings(a: MapSettings, b: MapSettings): boolean {
  return MAP_SETTINGS_KEYS.every((key) => sameValue(a[key], b[key]));
}

/** The map file as text (pretty-printed: people diff and read these). */
export function exportMapJson(map: JourneyMap, exportedAt?: Date): string {
  return `${JSON.stringify(buildMapFile(map, exportedAt), null, 2)}\n`;
}

/** Parses a file's text; never throws. See `parseMapFile`. */
export function parseMapJson(text: string): MapFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return {
      ok: false,
      error: `The file is not valid JSON (${err instanceof Error ? err.message : 'parse error'}).`,
    };
  }
  return parseMapFile(value);
}

/**
 * Validates an already-parsed value (a file's JSON, or an HTTP body) as a map file: the envelope,
 * every record with the model's zod schemas, then the references between records. The error names
 * the first problem and where it is, e.g. `touchpoints[3] ("IVR menu").emotion: Too big: …`.
 */
export function parseMapFile(value: unknown): MapFileResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'The file is not a Journey map: expected a JSON object.' };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== MAP_FILE_FORMAT) {
    const found = format === undefined ? 'no "format" field' : `format ${JSON.stringify(format)}`;
    return {
      ok: false,
      error: `The file is not a Journey map export (${found}; expected "${MAP_FILE_FORMAT}").`,
    };
  }
  if (typeof version === 'number' && version > MAP_FILE_VERSION) {
    return {
      ok: false,
      error: `The file was exported by a newer Journey (format version ${version}); this server reads version ${MAP_FILE_VERSION}.`,
    };
  }
  const parsed = mapFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: issue ? describeIssue(issue, value) : 'The file is not a valid Journey map.' };
  }
  const problem = findReferenceProblem(parsed.data.map);
  if (problem) return { ok: false, error: problem };
  return { ok: true, data: parsed.data };
}

/** `map.touchpoints.3.emotion` → `touchpoints[3] ("IVR menu").emotion: <zod's message>`. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown): string {
  const path = issue.path[0] === 'map' && issue.path.length > 1 ? issue.path.slice(1) : issue.path;
  const base: unknown =
    issue.path[0] === 'map' && issue.path.length > 1 ? (root as { map?: unknown }).map : root;
  let where = '';
  let node: unknown = base;
  for (const [i, key] of path.entries()) {
    node =
      typeof node === 'object' && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      where += `[${key}]`;
      const name = i === 1 ? recordName(node) : undefined;
      if (name) where += ` (${JSON.stringify(name)})`;
    } else {
      where += where ? `.${String(key)}` : String(key);
    }
  }
  return `${where || 'file'}: ${issue.message}`;
}

/** The name a person knows a record by: a card's title, a stage's name, a lane's label, a note's text. */
function recordName(rec: unknown): string | undefined {
  if (typeof rec !== 'object' || rec === null) return undefined;
  const r = rec as Record<string, unknown>;
  const name = [r.title, r.name, r.label, r.text].find(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  return name && name.length > 40 ? `${name.slice(0, 39)}…` : name;
}
