import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readMapInfo } from './commands/mapInfo';
import { duplicateTouchpoint } from './commands/duplicateTouchpoint';
import { claimFacilitatorSeat, readFacilitator } from './commands/facilitatorSeat';
import { castVote, startVote } from './commands/voting';
import { readComments } from './comments/readComments';
import { commentCollection } from './comments/commentsDocLayout';
import { startThread } from './comments/threadCommands';
import { collection, metaMap } from './docLayout';
import { exportMapJson, mapToCsv, parseMapJson, renderMapSvg } from './export';
import { hubInsights } from './insights/hubInsights';
import { mapSummary } from './insights/mapSummary';
import { momentsOfPain } from './insights/momentsOfPain';
import { ownership } from './insights/ownership';
import { routesInto } from './insights/routesInto';
import { layoutMap } from './layout';
import { CURRENT_SCHEMA_VERSION, migrateDoc } from './migrations';
import { readFacilitation } from './readFacilitation';
import { readMap } from './readMap';
import type { ReadProblem } from './journeyMap';
import { notePresence } from './comments/notePresence';
import { ALICE as ALICE_PERSON, BOB as BOB_PERSON } from './testing/facilitationChecks';
import { ALICE, BOB } from './testing/commentChecks';
import { POLLUTION, writeHostileRecords } from './testing/hostileRecords';
import { cleanMap, templateDoc, touchpointTitled } from './testing/testMaps';

const pollutedKeys = () => Object.keys(POLLUTION).filter((k) => k in {});

/** The sample map with a vote running, hostile records written by one client, read by a peer. */
function hostileScene() {
  const writer = templateDoc('sample');
  claimFacilitatorSeat(writer, ALICE_PERSON);
  startVote(writer, ALICE_PERSON, { votesPerPerson: 3 });
  const valid = cleanMap(writer);
  castVote(writer, ALICE_PERSON, valid.touchpoints[0]!.id);
  const hostile = writeHostileRecords(writer);
  // Through an update, as a peer receives it: decoding is where `__proto__` keys turn into prototypes.
  const reader = new Y.Doc();
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer));
  return { reader, valid, hostile };
}

const key = (p: { collection: string; id: string }) => `${p.collection}/${p.id}`;

function expectReported(problems: readonly ReadProblem[], hostile: ReturnType<typeof writeHostileRecords>) {
  for (const h of hostile) {
    const found = problems.find((p) => key(p) === key(h));
    expect(found, `problem for ${key(h)}`).toBeDefined();
    expect(found!.message).toContain(h.reason);
  }
}

describe('hostile records', () => {
  it('readMap skips and reports each one, keeps every valid record, and pollutes nothing', () => {
    const { reader, valid, hostile } = hostileScene();
    const { map, problems } = readMap(reader);
    expectReported(problems, hostile);
    expect(problems).toHaveLength(hostile.length);
    expect(problems.every((p) => p.id.length <= 80 && p.message.length <= 200)).toBe(true);
    expect(map.touchpoints.map((t) => t.id)).toEqual(valid.touchpoints.map((t) => t.id));
    expect(map.stages).toEqual(valid.stages);
    expect(map.lanes).toEqual(valid.lanes);
    expect(map.notes).toEqual(valid.notes);
    expect(map.connections).toEqual(valid.connections);
    expect(map.info.title).toBe('H'.repeat(200));
    expect(map.schemaVersion).toBe(0);
    expect(pollutedKeys()).toEqual([]);
  });

  it('counts only valid ballots on existing cards, and no smuggled seat holder', () => {
    const { reader, valid } = hostileScene();
    const problems: ReadProblem[] = [];
    const facilitation = readFacilitation(reader, valid.touchpoints, problems);
    expect(facilitation.facilitator).toBeNull();
    expect(facilitation.structureLocked).toBe(false);
    expect(facilitation.vote?.totals).toEqual([{ touchpointId: valid.touchpoints[0]!.id, count: 1 }]);
    expect(facilitation.vote?.voters.map((v) => v.userId)).toEqual([ALICE_PERSON.userId]);
  });

  it('the server-side readers answer: map info, exports, insights, layout, migration', () => {
    const { reader, valid } = hostileScene();
    // The maps list's title: cut to the schema's 200 characters, not 900 KB.
    expect(readMapInfo(reader).title).toHaveLength(200);
    const { map } = readMap(reader);
    const file = parseMapJson(exportMapJson(map));
    expect(file.ok).toBe(true);
    if (file.ok) expect(file.data.map.touchpoints).toHaveLength(valid.touchpoints.length);
    expect(mapToCsv(map).trim().split('\r\n')).toHaveLength(valid.touchpoints.length + 1);
    expect(renderMapSvg(map)).toContain(valid.touchpoints[0]!.title);
    expect(mapSummary(map).touchpointCount).toBe(valid.touchpoints.length);
    expect(hubInsights(map).length).toBeGreaterThan(0);
    expect(() => [momentsOfPain(map), ownership(map), routesInto(map, map.touchpoints[0]!.id)]).not.toThrow();
    expect(layoutMap(map).columns).toHaveLength(valid.stages.length);
    // A v0 map with non-records in it migrates (the server runs this on load) and still reads.
    metaMap(reader).set('schemaVersion', 0);
    expect(migrateDoc(reader)).toEqual({ from: 0, to: CURRENT_SCHEMA_VERSION });
    expect(readMap(reader).map.touchpoints).toHaveLength(valid.touchpoints.length);
    expect(pollutedKeys()).toEqual([]);
  });

  it('readComments skips hostile comment records, counts anchors named like Object members from 0', () => {
    const mapDoc = templateDoc('sample');
    const map = cleanMap(mapDoc);
    const agent = touchpointTitled(map, 'Agent call');
    const doc = new Y.Doc();
    startThread(doc, { anchor: { kind: 'touchpoint', id: agent.id }, author: BOB, text: 'fine', now: 1 });
    doc.transact(() => {
      const threads = commentCollection(doc, 'threads') as Y.Map<unknown>;
      threads.set('__proto__', new Y.Map<unknown>(Object.entries({ id: '__proto__', anchor: POLLUTION })));
      threads.set('thr_text', new Y.Text('thread?'));
      const huge = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: 'cmt_huge',
        threadId: 'thr_x',
        author: ALICE,
        text: 'x'.repeat(1_000_000),
        mentions: [],
        createdAt: 1,
      }))
        huge.set(k, v);
      (commentCollection(doc, 'comments') as Y.Map<unknown>).set('cmt_huge', huge);
      (commentCollection(doc, 'people') as Y.Map<unknown>).set('constructor', 'nobody');
    });
    const { comments, problems } = readComments(doc, map);
    expect(problems.map(key).sort()).toEqual([
      'comments/cmt_huge',
      'people/constructor',
      'threads/__proto__',
      'threads/thr_text',
    ]);
    expect(comments.open.map((v) => v.comments.map((c) => c.text))).toEqual([['fine']]);
    expect(comments.openCounts[agent.id]).toBe(1);
    expect(comments.openCounts.constructor).toBeUndefined();
    expect(comments.openCounts.toString).toBeUndefined();
    expect(pollutedKeys()).toEqual([]);
  });

  it('commands keep working beside hostile records', () => {
    const { reader, valid } = hostileScene();
    (collection(reader, 'votes') as Y.Map<unknown>).set('junk', 'not a ballot');
    // The seat smuggled in through `__proto__` is no seat: Bob may take it without a takeover.
    expect(readFacilitator(reader)).toBeNull();
    claimFacilitatorSeat(reader, BOB_PERSON);
    expect(readMap(reader).map.facilitation.facilitator).toEqual(BOB_PERSON);
    castVote(reader, ALICE_PERSON, valid.touchpoints[1]!.id);
    expect(readMap(reader).map.facilitation.vote?.voters).toEqual([
      { userId: ALICE_PERSON.userId, userName: ALICE_PERSON.name, used: 2 },
    ]);
    duplicateTouchpoint(reader, valid.touchpoints[0]!.id);
    expect(readMap(reader).map.touchpoints).toHaveLength(valid.touchpoints.length + 1);

    // Someone added a 6,000-deep junk field to Alice's people record: the record still reads (only
    // schema fields are read), and opening the map again updates it.
    const comments = new Y.Doc();
    notePresence(comments, ALICE, 1);
    const mine = commentCollection(comments, 'people').get(ALICE.id)!;
    comments.transact(() => {
      let level = mine;
      for (let i = 0; i < 6_000; i++) {
        const next = new Y.Map<unknown>();
        level.set('junk', next);
        level = next;
      }
    });
    expect(readComments(comments, null).comments.people.map((p) => p.lastSeen)).toEqual([1]);
    notePresence(comments, ALICE, 2 * 60 * 60_000);
    expect(readComments(comments, null).comments.people.map((p) => p.lastSeen)).toEqual([2 * 60 * 60_000]);
  });

  it('a card whose id is an Object member shows like any other, without touching prototypes', () => {
    const doc = templateDoc('sample');
    const agent = touchpointTitled(cleanMap(doc), 'Agent call');
    for (const id of ['constructor', 'toString', 'hasOwnProperty']) {
      collection(doc, 'touchpoints').set(id, new Y.Map<unknown>(Object.entries({ ...agent, id, title: id })));
    }
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(
      ['constructor', 'toString', 'hasOwnProperty'].map((t) => touchpointTitled(map, t).id),
    ).toHaveLength(3);
    expect(() => layoutMap(map)).not.toThrow();
    expect(typeof {}.toString).toBe('function');
  });
});
