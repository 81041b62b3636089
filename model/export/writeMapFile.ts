import type * as Y from 'yjs';
import { laneKindsUp } from '../records/migrateLaneKinds';
import { metaMap, putRecord, readSchemaVersion, writeMetaField } from '../docLayout';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { TEMPLATE_ORIGIN, type Origin } from '../origins';
import type { MapFile } from './mapExportFormat';

/**
 * What a file of an older format version needs once its records are in the doc, oldest first: the
 * doc migration that changed the content the same way (records are written in today's shapes by
 * putRecord, so a migration of shapes alone needs no entry). A file runs those past its version.
 */
const FILE_UPGRADES: ReadonlyArray<{ readonly version: number; readonly up: (doc: Y.Doc) => void }> = [
  { version: 2, up: laneKindsUp },
];

/**
 * Seeds a fresh doc with a validated map file (see `parseMapFile`), in one transaction, keeping
 * every record id: ids only need to be unique within a doc, and keeping them makes export → import
 * give back the identical map. Like `initMapDoc`, only the server calls this, on a doc nobody else
 * has yet, so the content appears all at once or not at all. A file of an older format version is
 * brought up to date in the same transaction (`FILE_UPGRADES`).
 */
export function writeMapFileToDoc(doc: Y.Doc, file: MapFile, origin: Origin = TEMPLATE_ORIGIN): void {
  if (readSchemaVersion(doc) !== 0) throw new Error('writeMapFileToDoc seeds a fresh doc only');
  const {
    info,
    stages,
    lanes,
    touchpoints,
    connections,
    notes,
    slides = [],
    actions = [],
    metrics = [],
  } = file.map;
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', CURRENT_SCHEMA_VERSION);
    for (const [k, v] of Object.entries(info)) writeMetaField(doc, k, v);
    for (const s of stages) putRecord(doc, 'stages', s);
    for (const l of lanes) putRecord(doc, 'lanes', l);
    for (const t of touchpoints) putRecord(doc, 'touchpoints', t);
    for (const c of connections) putRecord(doc, 'connections', c);
    for (const n of notes) putRecord(doc, 'notes', n);
    for (const s of slides) putRecord(doc, 'slides', s);
    for (const a of actions) putRecord(doc, 'actions', a);
    for (const m of metrics) putRecord(doc, 'metrics', m);
    for (const [k, v] of Object.entries(file.map.settings ?? {})) if (v !== undefined) meta.set(k, v);
    for (const upgrade of FILE_UPGRADES) if (upgrade.version > file.version) upgrade.up(doc);
  }, origin);
}
