import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteTouchpoint } from '../commands/touchpoints';
import { deleteStage } from '../commands/stages';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { commentCollection } from './commentsDocLayout';
import { ALICE, BOB, commentsDoc } from '../testing/commentChecks';
import { readComments } from './readComments';
import { resolveThread, reply, startThread } from './threadCommands';

function sample() {
  const mapDoc = templateDoc('sample');
  const map = cleanMap(mapDoc);
  const agent = touchpointTitled(map, 'Agent call');
  const stage = map.stages[0]!;
  return { mapDoc, map, agent, stage, doc: commentsDoc() };
}

describe('readComments', () => {
  it('labels anchors, counts open threads per anchor and orders by activity', () => {
    const { map, agent, stage, doc } = sample();
    const a = startThread(doc, {
      anchor: { kind: 'touchpoint', id: agent.id },
      author: BOB,
      text: 'one',
      now: 1,
    });
    startThread(doc, { anchor: { kind: 'touchpoint', id: agent.id }, author: BOB, text: 'two', now: 2 });
    const s = startThread(doc, {
      anchor: { kind: 'stage', id: stage.id },
      author: BOB,
      text: 'three',
      now: 3,
    });
    startThread(doc, { anchor: { kind: 'map' }, author: ALICE, text: 'four', now: 4 });
    resolveThread(doc, s.threadId, ALICE, 5);
    reply(doc, a.threadId, { author: ALICE, text: 'newest', now: 6 });

    const { comments, problems } = readComments(doc, map);
    expect(problems).toEqual([]);
    expect(comments.open.map((v) => v.comments[0]?.text)).toEqual(['one', 'four', 'two']);
    expect(comments.open.map((v) => v.anchorLabel)).toEqual(['Agent call', '', 'Agent call']);
    expect(comments.resolved.map((v) => v.anchorLabel)).toEqual([stage.name]);
    expect(comments.openCounts).toEqual({ [agent.id]: 2, map: 1 });
  });

  it('keeps threads whose anchor was deleted, marked, and leaves them out of the counts', () => {
    const { mapDoc, agent, stage, doc } = sample();
    startThread(doc, { anchor: { kind: 'touchpoint', id: agent.id }, author: BOB, text: 'about the call' });
    startThread(doc, { anchor: { kind: 'stage', id: stage.id }, author: BOB, text: 'about the stage' });
    deleteTouchpoint(mapDoc, agent.id);
    deleteStage(mapDoc, stage.id, { touchpoints: 'move' });
    const { comments } = readComments(doc, cleanMap(mapDoc));
    expect(comments.open).toHaveLength(2);
    expect(comments.open.every((v) => v.anchorRemoved && v.anchorLabel === '')).toBe(true);
    expect(comments.open.map((v) => v.comments[0]?.text).sort()).toEqual([
      'about the call',
      'about the stage',
    ]);
    expect(comments.openCounts).toEqual({});
  });

  it('skips and reports hostile records without throwing', () => {
    const { map, agent, doc } = sample();
    const { threadId } = startThread(doc, {
      anchor: { kind: 'touchpoint', id: agent.id },
      author: BOB,
      text: 'ok',
    });
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set('id', 'cmt_bad');
      bad.set('threadId', threadId);
      bad.set('text', 42);
      commentCollection(doc, 'comments').set('cmt_bad', bad);
      const orphan = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: 'cmt_orphan',
        threadId: 'thr_gone',
        author: ALICE,
        text: 'hi',
        mentions: [],
        createdAt: 1,
      }))
        orphan.set(k, v);
      commentCollection(doc, 'comments').set('cmt_orphan', orphan);
      const style = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: 'u_x',
        name: 'X',
        color: 'red;background:url(x)',
        lastSeen: 1,
      }))
        style.set(k, v);
      commentCollection(doc, 'people').set('u_x', style);
      // A plain value where a record belongs, and a record filed under another id.
      (commentCollection(doc, 'threads') as Y.Map<unknown>).set('thr_plain', 'not a record');
      const moved = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: 'thr_a',
        anchor: { kind: 'map' },
        createdAt: 1,
        createdBy: { id: 'u_a', name: 'A' },
      }))
        moved.set(k, v);
      commentCollection(doc, 'threads').set('thr_b', moved);
    });
    const { comments, problems } = readComments(doc, map);
    expect(comments.open).toHaveLength(1);
    expect(comments.open[0]?.comments.map((c) => c.text)).toEqual(['ok']);
    expect(comments.people).toEqual([]);
    expect(problems.map((p) => p.id).sort()).toEqual(['cmt_bad', 'cmt_orphan', 'thr_b', 'thr_plain', 'u_x']);
  });

  it('keeps unchanged threads, and an unchanged snapshot, identical', () => {
    const { map, agent, doc } = sample();
    const a = startThread(doc, {
      anchor: { kind: 'touchpoint', id: agent.id },
      author: BOB,
      text: 'a',
      now: 1,
    });
    startThread(doc, { anchor: { kind: 'map' }, author: BOB, text: 'b', now: 2 });
    const first = readComments(doc, map).comments;
    expect(readComments(doc, map, first).comments).toBe(first);
    reply(doc, a.threadId, { author: ALICE, text: 'c', now: 3 });
    const second = readComments(doc, map, first).comments;
    expect(second).not.toBe(first);
    const mapThread = (s: typeof first) => s.open.find((v) => v.thread.anchor.kind === 'map');
    expect(mapThread(second)).toBe(mapThread(first));
    expect(Object.isFrozen(second.open[0]?.comments)).toBe(true);
  });
});
