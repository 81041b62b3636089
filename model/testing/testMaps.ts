import * as Y from 'yjs';
import { collection, COLLECTIONS, metaMap } from '../docLayout';
import type { JourneyMap } from '../journeyMap';
import { readMap } from '../readMap';
import { initMapDoc, type TemplateName } from '../templates/initMapDoc';

/** Test fixtures: docs seeded from a template, and look-ups by the names people see. */
export function templateDoc(template: TemplateName = 'blank', clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  initMapDoc(doc, template);
  return doc;
}

/** The snapshot, failing loudly if the reader had to skip or repair anything. */
export function cleanMap(doc: Y.Doc): JourneyMap {
  const { map, problems } = readMap(doc);
  if (problems.length > 0) throw new Error(`unexpected read problems: ${JSON.stringify(problems)}`);
  return map;
}

function named<T>(items: readonly T[], label: string, pick: (item: T) => string, value: string): T {
  const found = items.find((item) => pick(item) === value);
  if (!found) throw new Error(`no ${label} "${value}"`);
  return found;
}

export const stageNamed = (map: JourneyMap, name: string) => named(map.stages, 'stage', (s) => s.name, name);
export const laneOfKind = (map: JourneyMap, kind: string) => named(map.lanes, 'lane', (l) => l.kind, kind);
export const touchpointTitled = (map: JourneyMap, title: string) =>
  named(map.touchpoints, 'touchpoint', (t) => t.title, title);

/** Whole-doc state, for "nothing was written" checks. */
export function docState(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

/** Every root of the doc as plain JSON: what "the same map" means byte for byte, Yjs history aside. */
export function plainDoc(doc: Y.Doc): Record<string, unknown> {
  const out: Record<string, unknown> = { meta: metaMap(doc).toJSON() };
  for (const name of COLLECTIONS) out[name] = collection(doc, name).toJSON();
  return out;
}
