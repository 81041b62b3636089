import * as Y from 'yjs';
import { collection, metaMap, type CollectionName } from '../docLayout';

/**
 * A map exactly as Journey wrote it before schema v2 (every field a plain value; text as strings),
 * with every kind of record and every optional field, for the migration tests. Written raw, not
 * through putRecord (which writes today's shape).
 */
export function putRawRecord(doc: Y.Doc, name: CollectionName, record: Record<string, unknown>): void {
  const ymap = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(record)) if (v !== undefined) ymap.set(k, v);
  collection(doc, name).set(String(record.id), ymap);
}

export function v1Doc(): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', 1);
    meta.set('title', 'Broadband — connection drops');
    meta.set('persona', 'Small-business owner 👩‍💼');
    meta.set('goal', 'Get back online today');
    meta.set('scenario', 'The router stops working on a Monday morning.');
    meta.set('facilitator', { userId: 'u_fiona', name: 'Fiona' });
    meta.set('structureLocked', true);
    meta.set('timer', { endsAt: 1_900_000_000_000, durationMs: 300_000, label: 'Ideas' });
    meta.set('vote', {
      id: 'vote_1',
      votesPerPerson: 3,
      anonymous: false,
      status: 'open',
      startedBy: 'u_fiona',
    });
    putRawRecord(doc, 'stages', { id: 'st_a', name: 'Notice problem', order: 'a0' });
    putRawRecord(doc, 'stages', { id: 'st_b', name: 'Contact support', order: 'a1' });
    putRawRecord(doc, 'stages', {
      id: 'st_gone',
      name: 'Old',
      order: 'a2',
      deleted: true,
      fallbackStageId: 'st_b',
    });
    putRawRecord(doc, 'lanes', {
      id: 'ln_t',
      kind: 'touchpoints',
      label: 'Touchpoints',
      order: 'a0',
      visible: true,
    });
    putRawRecord(doc, 'lanes', {
      id: 'ln_e',
      kind: 'emotions',
      label: 'Emotions',
      order: 'a1',
      visible: true,
    });
    putRawRecord(doc, 'lanes', {
      id: 'ln_p',
      kind: 'painPoints',
      label: 'Pain points',
      order: 'a2',
      visible: true,
    });
    putRawRecord(doc, 'lanes', {
      id: 'ln_o',
      kind: 'opportunities',
      label: 'Ideas',
      order: 'a3',
      visible: false,
    });
    putRawRecord(doc, 'touchpoints', {
      id: 'tp_status',
      title: 'Status page',
      stageId: 'st_a',
      laneId: 'ln_t',
      order: 'a0',
      channel: 'web',
      owner: 'Digital',
      description: 'Says “all systems normal”.\nSecond line.',
      emotion: -1,
      hub: 'auto',
      voc: { nps: -20, csat: 2.5, sampleSize: 140, verbatims: ['it just spins', 'useless'] },
      emotionSource: 'nps',
    });
    putRawRecord(doc, 'touchpoints', {
      id: 'tp_call',
      title: 'Agent call',
      stageId: 'st_b',
      laneId: 'ln_t',
      order: 'a0',
      channel: 'phone',
      owner: 'Contact center',
      description: '',
      emotion: 1,
      hub: 'hub',
      locked: true,
    });
    putRawRecord(doc, 'connections', {
      id: 'conn_tp_status__tp_call',
      from: 'tp_status',
      to: 'tp_call',
      label: 'Outage not shown',
      volume: 1200,
    });
    putRawRecord(doc, 'notes', {
      id: 'note_pain',
      kind: 'painPoint',
      stageId: 'st_a',
      touchpointId: 'tp_status',
      text: 'Status page says all is fine',
      order: 'a0',
      whys: ['The page reads a stale feed', 'Nobody owns the feed'],
      locked: true,
    });
    putRawRecord(doc, 'notes', {
      id: 'note_idea',
      kind: 'opportunity',
      stageId: 'st_b',
      text: 'Proactive outage SMS',
      cxArea: 'advantage',
      owner: 'Network ops',
      order: 'a0',
    });
    putRawRecord(doc, 'votes', {
      id: 'vote_1:u_bob:tp_call',
      voteId: 'vote_1',
      userId: 'u_bob',
      userName: 'Bob',
      touchpointId: 'tp_call',
      count: 2,
    });
  });
  return doc;
}
