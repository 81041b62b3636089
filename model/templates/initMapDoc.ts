import type * as Y from 'yjs';
import { metaMap, writeMetaField } from '../docLayout';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { TEMPLATE_ORIGIN, type Origin } from '../origins';
import { EMPTY_MAP_INFO, type MapInfo } from '../records/mapInfo';
import { DEFAULT_STAGES, writeGrid } from './blankMap';
import { SAMPLE_INFO, writeSampleMap } from './sampleMap';

export const TEMPLATES = ['blank', 'sample'] as const;
export type TemplateName = (typeof TEMPLATES)[number];

/**
 * Seeds a fresh doc from a template, in one transaction. Only the server calls this (when a map is
 * created over HTTP), so two clients never seed the same doc twice.
 */
export function initMapDoc(
  doc: Y.Doc,
  template: TemplateName,
  info: Partial<MapInfo> = {},
  origin: Origin = TEMPLATE_ORIGIN,
): void {
  doc.transact(() => {
    const base = template === 'sample' ? SAMPLE_INFO : EMPTY_MAP_INFO;
    const meta = metaMap(doc);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    for (const [k, v] of Object.entries({ ...base, ...definedOnly(info) })) writeMetaField(doc, k, v);
    if (template === 'sample') writeSampleMap(doc);
    else writeGrid(doc, DEFAULT_STAGES);
  }, origin);
}

function definedOnly(info: Partial<MapInfo>): Partial<MapInfo> {
  return Object.fromEntries(Object.entries(info).filter(([, v]) => v !== undefined && v !== ''));
}
