import * as Y from 'yjs';
import { collection, metaMap, type CollectionName } from '../docLayout';
import { PROBLEM_ID_MAX } from '../parseRecords';
import { readMap } from '../readMap';
import { voteRecordId } from '../records/vote';

/**
 * What a hostile (or badly broken) client can write straight through Yjs, bypassing every command:
 * used by the unit, integration and e2e tests alike. Each entry is one record key and the reason the
 * reader must give when it skips it. Valid records around them must still show.
 */
export interface HostileRecord {
  readonly collection: string;
  readonly id: string;
  /** A fragment of the reported reason. */
  readonly reason: string;
}

/** The prototype pollution every hostile value below tries: must never land on Object.prototype. */
export const POLLUTION = { polluted: 'yes' } as const;

const yRecord = (fields: Record<string, unknown>): Y.Map<unknown> => {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
};

/** A JSON value with an own `__proto__` key: decoded by a peer, it would become the object's prototype. */
const protoJson = (inner: Record<string, unknown>): unknown =>
  JSON.parse(`{"__proto__":${JSON.stringify(inner)}}`);

/**
 * Writes every hostile shape into a map doc, one transaction each (so each update stays under the
 * server's 1 MiB message limit), next to its valid records. The doc must hold at least one touchpoint. Returns what the reader must report.
 */
export function writeHostileRecords(doc: Y.Doc, { depth = 6_000 }: { depth?: number } = {}): HostileRecord[] {
  const map = readMap(doc).map;
  const good = map.touchpoints[0];
  if (!good) throw new Error('writeHostileRecords needs a map with a touchpoint');
  const card = (id: string, patch: Record<string, unknown> = {}) => yRecord({ ...good, id, ...patch });
  const out: HostileRecord[] = [];
  const put = (name: CollectionName, id: string, value: unknown, reason: string) => {
    (collection(doc, name) as Y.Map<unknown>).set(id, value);
    out.push({ collection: name, id, reason });
  };
  // Each write is its own transaction, so each update stays under the server's message limit.
  // Not records at all.
  put('touchpoints', 'tp_string', 'just a string', 'not a record but a string');
  put('stages', 'stage_array', Y.Array.from([1, 2, 3]), 'not a record but a Y.Array');
  put('lanes', 'lane_text', new Y.Text('a lane?'), 'not a record but a Y.Text');
  put('notes', 'note_number', 42, 'not a record but a number');
  put('connections', 'conn_null', null, 'not a record but null');
  // Prototype keys as record ids and as field names.
  put('touchpoints', '__proto__', card('__proto__', { title: POLLUTION }), 'title');
  put('notes', 'constructor', yRecord({ id: 'constructor', prototype: POLLUTION }), 'kind');
  const viaProto = new Y.Map<unknown>();
  viaProto.set('__proto__', card('tp_via_proto', POLLUTION));
  put('touchpoints', 'tp_via_proto', viaProto, 'id');
  put(
    'touchpoints',
    'tp_voc_proto',
    card('tp_voc_proto', { voc: protoJson({ nps: 500, ...POLLUTION }), emotion: 7 }),
    'emotion',
  );
  // Wrong types, NaN / Infinity, out-of-range numbers, huge strings.
  put('touchpoints', 'tp_nan', card('tp_nan', { emotion: NaN }), 'emotion');
  put('touchpoints', 'tp_inf', card('tp_inf', { emotion: -Infinity }), 'emotion');
  put('touchpoints', 'tp_huge_emotion', card('tp_huge_emotion', { emotion: 1e308 }), 'emotion');
  put(
    'touchpoints',
    'tp_title_900k',
    card('tp_title_900k', { title: 'T'.repeat(900_000) }),
    'title: Too big',
  );
  put('touchpoints', 'tp_channel_1m', card('tp_channel_1m', { channel: 'c'.repeat(1_000_000) }), 'channel');
  put('touchpoints', 'tp_order_number', card('tp_order_number', { order: 12 }), 'order');
  put('touchpoints', 'k'.repeat(10_000), card('k'.repeat(10_000)), 'id');
  out[out.length - 1] = { collection: 'touchpoints', id: `${'k'.repeat(PROBLEM_ID_MAX - 1)}…`, reason: 'id' };
  // Deep and wide values.
  // Deep values (skipped with depth 0: our server refuses types nested past 4 levels before they
  // land, so the live-server test writes that one apart and expects the refusal).
  if (depth > 0) {
    const deep = card('tp_deep');
    put('touchpoints', 'tp_deep', deep, 'nested more than');
    doc.transact(() => {
      // Grown once in the doc: nesting thousands of preliminary Y.Maps would overflow Yjs' integration.
      // (Deleting a chain ~3,000 deep overflows Yjs' garbage collection on every peer: a test that
      // deletes it afterwards passes a smaller depth; the server should refuse such nesting.)
      let level = deep;
      for (let i = 0; i < depth; i++) {
        const next = new Y.Map<unknown>();
        level.set(i === 0 ? 'voc' : 'a', next);
        level = next;
      }
    });
  }
  put(
    'touchpoints',
    'tp_wide',
    card('tp_wide', { voc: { verbatims: new Array(100_000).fill('v') } }),
    'more than',
  );
  // Connections: a self-loop is reported; one to a missing card is dropped silently.
  put('connections', 'conn_self', yRecord({ id: 'conn_self', from: good.id, to: good.id }), 'itself');
  put(
    'connections',
    'conn_volume',
    yRecord({ id: 'conn_volume', from: good.id, to: 'x', volume: -5 }),
    'volume',
  );
  (collection(doc, 'connections') as Y.Map<unknown>).set(
    'conn_gone',
    yRecord({ id: 'conn_gone', from: good.id, to: 'tp_gone' }),
  );
  // Votes: a ballot of a billion dots, and one on a card that does not exist (ignored silently).
  const vote = metaMap(doc).get('vote') as { id?: string } | undefined;
  const voteId = vote?.id ?? 'vote_x';
  const ballot = (userId: string, touchpointId: string, count: number) => ({
    id: voteRecordId(voteId, userId, touchpointId),
    voteId,
    userId,
    userName: 'Mallory',
    touchpointId,
    count,
  });
  // Ballots are only read (and so only reported) while a vote runs.
  const greedy = ballot('u_mallory', good.id, 1_000_000_000);
  if (vote?.id) put('votes', greedy.id, yRecord(greedy), 'count');
  else (collection(doc, 'votes') as Y.Map<unknown>).set(greedy.id, yRecord(greedy));
  const missing = ballot('u_mallory', 'tp_missing', 1);
  (collection(doc, 'votes') as Y.Map<unknown>).set(missing.id, yRecord(missing));
  // Meta: a bogus schema version, a 900 KB title, a seat holder smuggled in through __proto__.
  const meta = metaMap(doc);
  meta.set('schemaVersion', 'one');
  out.push({ collection: 'meta', id: 'schemaVersion', reason: 'whole number' });
  meta.set('title', 'H'.repeat(900_000));
  out.push({ collection: 'meta', id: 'title', reason: 'longer than 200' });
  meta.set('facilitator', protoJson({ userId: 'u_mallory', name: 'Mallory' }));
  out.push({ collection: 'meta', id: 'facilitator', reason: 'userId' });
  meta.set('structureLocked', 'yes');
  out.push({ collection: 'meta', id: 'structureLocked', reason: 'boolean' });
  meta.set('__proto__', POLLUTION);
  return out;
}
