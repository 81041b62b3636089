import * as Y from 'yjs';
import { collection, metaMap, patchRecord, putRecord, rawRecords, readSchemaVersion } from './docLayout';
import { orderKeyAtEnd } from './order';
import { MIGRATION_ORIGIN } from './origins';
import { LANE_KIND_TRAITS, newLaneId, type LaneKind } from './records/lane';
import { laneKindsDown, laneKindsUp } from './records/migrateLaneKinds';
import { textFieldsDown, textFieldsUp } from './text/migrateTextFields';

/**
 * Numbered schema migrations. Each one takes a doc from `version - 1` to `version`; the server runs
 * the missing ones on load, in one transaction with the migration origin (never undoable). Versions
 * go up by one; a test checks that.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: (doc: Y.Doc) => void;
  /** The inverse, where there is one: tests prove with it that `up` loses nothing. */
  readonly down?: (doc: Y.Doc) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description:
      'Lanes: every map has Touchpoints and Emotions lanes; cards without a lane go to Touchpoints',
    up(doc) {
      // Raw records may be anything a client wrote (see plainRecord.ts): read fields defensively.
      const lanes = rawRecords(doc, 'lanes').map(([id, raw]) => {
        const { kind, order } = (raw ?? {}) as { kind?: unknown; order?: unknown };
        return { id, kind, order: typeof order === 'string' ? order : undefined };
      });
      const ensure = (kind: LaneKind): string => {
        const found = lanes.find((l) => l.kind === kind);
        if (found) return found.id;
        const order = orderKeyAtEnd(lanes.map((l) => ({ id: l.id, order: l.order ?? 'a0' })));
        const lane = { id: newLaneId(), kind, label: LANE_KIND_TRAITS[kind].label, order, visible: true };
        putRecord(doc, 'lanes', lane);
        lanes.push(lane);
        return lane.id;
      };
      const touchpointsLane = ensure('touchpoints');
      ensure('emotions');
      collection(doc, 'touchpoints').forEach((rec: unknown, id) => {
        // Not a Y.Map: nothing to repair; readMap skips and reports it.
        if (!(rec instanceof Y.Map)) return;
        if (typeof rec.get('laneId') !== 'string')
          patchRecord(doc, 'touchpoints', id, { laneId: touchpointsLane });
        if (typeof rec.get('hub') !== 'string') patchRecord(doc, 'touchpoints', id, { hub: 'auto' });
      });
    },
  },
  {
    version: 2,
    description:
      'Collaborative text: titles, descriptions, note text, stage names, the map info and the whys become Y.Text',
    up: textFieldsUp,
    down: textFieldsDown,
  },
  {
    version: 3,
    description:
      'Lane kinds evidence and support: relabelled thoughts / backstage lanes become them; other maps get them hidden',
    up: laneKindsUp,
    down: laneKindsDown,
  },
];

export const CURRENT_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * The socket URL parameter a client names the doc shape it writes with (see the server's
 * `outdatedClientReason`): the app and every tool that writes a map pass `clientSchemaParams()`.
 */
export const SCHEMA_PARAM = 'schema';

export function clientSchemaParams(): Record<string, string> {
  return { [SCHEMA_PARAM]: String(CURRENT_SCHEMA_VERSION) };
}

/**
 * The handshake's one decision: a doc whose recorded schema version is past this code's was written
 * by a newer Journey. This code must then neither write it (it does not know the new shapes) nor
 * migrate it (up or down): the tab goes read-only and asks for a reload, the server drops its writes.
 */
export function isNewerSchema(docVersion: number): boolean {
  return docVersion > CURRENT_SCHEMA_VERSION;
}

/** The doc was written by a newer Journey: reading it is fine, writing could corrupt it. */
export class UnsupportedSchemaError extends Error {
  override readonly name = 'UnsupportedSchemaError';
  constructor(readonly found: number) {
    super(`map schema v${found} is newer than this server (v${CURRENT_SCHEMA_VERSION})`);
  }
}

/**
 * Brings a doc up to CURRENT_SCHEMA_VERSION in one transaction. Returns the versions it went between.
 * `to` stops earlier: only tests of one migration pass it (a doc at or past `to` is left as it is).
 */
export function migrateDoc(doc: Y.Doc, to: number = CURRENT_SCHEMA_VERSION): { from: number; to: number } {
  const from = readSchemaVersion(doc);
  if (isNewerSchema(from)) throw new UnsupportedSchemaError(from);
  if (from >= to) return { from, to: from };
  doc.transact(() => {
    for (const m of MIGRATIONS) if (m.version > from && m.version <= to) m.up(doc);
    metaMap(doc).set('schemaVersion', to);
  }, MIGRATION_ORIGIN);
  return { from, to };
}
