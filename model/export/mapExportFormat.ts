import { z } from 'zod';
import { actionSchema } from '../records/action';
import { connectionSchema } from '../records/connection';
import { metricPointSchema } from '../records/metric';
import { mapSettingsSchema } from '../records/mapSettings';
import { laneSchema } from '../records/lane';
import { mapInfoSchema } from '../records/mapInfo';
import { noteSchema } from '../records/note';
import { slideSchema } from '../records/slide';
import { stageSchema } from '../records/stage';
import { touchpointSchema } from '../records/touchpoint';

/**
 * The JSON export format (README "Map files"): the map's content with its record ids, validated
 * on import with the same zod schemas the doc reader uses. Versioned on its own, apart from the
 * doc's schemaVersion, so the file format can stay put while the doc layout migrates (and back).
 * Workshop state (facilitator seat, votes, timer) and comments are not part of a map file.
 */
export const MAP_FILE_FORMAT = 'journey-map';
/**
 * 2: lanes of kinds `evidence` and `support` (doc schema v3). Every version up to this one imports;
 * an older file's content is brought up to date as it is written (`writeMapFileToDoc`).
 */
export const MAP_FILE_VERSION = 2;

/**
 * Ceilings far above any real workshop map, so a hostile or broken file cannot make the server
 * build a doc of millions of records.
 */
export const MAP_FILE_LIMITS = {
  stages: 500,
  lanes: 50,
  touchpoints: 10_000,
  connections: 20_000,
  notes: 10_000,
  slides: 500,
  actions: 10_000,
  metrics: 100_000,
} as const;

/** A live stage as exported: tombstones (deleted stages) are left behind. */
const exportedStageSchema = stageSchema.pick({ id: true, name: true, order: true, childMapId: true });

export const mapFileContentSchema = z.object({
  info: mapInfoSchema,
  stages: z.array(exportedStageSchema).max(MAP_FILE_LIMITS.stages),
  lanes: z.array(laneSchema).max(MAP_FILE_LIMITS.lanes),
  touchpoints: z.array(touchpointSchema).max(MAP_FILE_LIMITS.touchpoints),
  connections: z.array(connectionSchema).max(MAP_FILE_LIMITS.connections),
  notes: z.array(noteSchema).max(MAP_FILE_LIMITS.notes),
  /**
   * The presentation's slides (issue 18). Optional, so files from before it still read (and mean
   * the default deck); a stage id a slide names that the file lacks is ignored by the deck.
   */
  slides: z.array(slideSchema).max(MAP_FILE_LIMITS.slides).optional(),
  /** Issue 19, all optional so older files still read: actions, metric points, programme settings. */
  actions: z.array(actionSchema).max(MAP_FILE_LIMITS.actions).optional(),
  metrics: z.array(metricPointSchema).max(MAP_FILE_LIMITS.metrics).optional(),
  settings: mapSettingsSchema.partial().optional(),
});

export const mapFileSchema = z.object({
  format: z.literal(MAP_FILE_FORMAT),
  version: z.number().int().min(1).max(MAP_FILE_VERSION),
  /** ISO 8601; informational only (import ignores it). */
  exportedAt: z.string().max(64),
  map: mapFileContentSchema,
});

/** A parsed, validated map file. */
export type MapFile = z.infer<typeof mapFileSchema>;
export type MapFileContent = z.infer<typeof mapFileContentSchema>;
