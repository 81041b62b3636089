import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint, castVote, editText, setCardLocked, voteRecordId } from '../../model';
import { resolveThread, startThread } from '../../model/comments';
import { commentCollection } from '../../model/comments/commentsDocLayout';
import { collection, metaMap } from '../../model/docLayout';
import { applyWithPolicy } from './applyWithPolicy';
import { readCommentsView } from './commentsView';
import { readMapView } from './mapView';
import { checkCommentsWrite, checkMapWrite } from './policyRules';
import { HOST, workshopDoc } from '../testing/workshopDoc';

const ME = { userId: 'p_me', name: 'Me' };

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

describe('changedPaths: skipping the full check never lets a rule break through', () => {
  it('judges 200 random updates (typing, moves, locks, ballots, seat, deletes) as the full check does', () => {
    const {
      doc: server,
      ids,
      voteId,
      stage,
      lane,
    } = workshopDoc({
      cards: 30,
      votesPerPerson: 3,
      stages: 'first',
    });
    for (let i = 0; i < 30; i += 4) setCardLocked(server, HOST, ids[i]!, true);
    castVote(server, HOST, ids[1]!);

    const pick = random(20261203);
    const cards = (doc: Y.Doc) => collection(doc, 'touchpoints');
    const ops: Array<(doc: Y.Doc) => void> = [
      (doc) => {
        const id = ids[pick(ids.length)]!;
        if (cards(doc).has(id))
          editText(doc, { kind: 'touchpoint', id, field: 'title' }, { index: 0, remove: 0, insert: 'a' });
      },
      (doc) =>
        cards(doc)
          .get(ids[pick(ids.length)]!)
          ?.set('order', `m${pick(1000)}`),
      (doc) =>
        cards(doc)
          .get(ids[pick(ids.length)]!)
          ?.set('emotion', pick(5) - 2),
      (doc) => cards(doc).get(ids[pick(ids.length)]!)?.set('locked', true),
      (doc) => cards(doc).get(ids[pick(ids.length)]!)?.delete('locked'),
      (doc) => cards(doc).delete(ids[pick(ids.length)]!),
      (doc) => {
        const id = addTouchpoint(doc, { stageId: stage, laneId: lane, title: 'new' });
        if (pick(3) === 0) cards(doc).get(id)!.set('locked', true);
      },
      (doc) => {
        const who = pick(2) === 0 ? ME : HOST;
        const id = voteRecordId(voteId, who.userId, ids[pick(ids.length)]!);
        const ballot = new Y.Map<unknown>();
        const fields = {
          id,
          voteId,
          userId: who.userId,
          userName: '',
          touchpointId: ids[0],
          count: 1 + pick(3),
        };
        for (const [k, v] of Object.entries(fields)) ballot.set(k, v);
        collection(doc, 'votes').set(id, ballot as never);
      },
      (doc) =>
        collection(doc, 'votes').forEach((_v, key) => pick(2) === 0 && collection(doc, 'votes').delete(key)),
      (doc) => metaMap(doc).set(pick(2) === 0 ? 'structureLocked' : 'timer', pick(2) === 0 || null),
      (doc) => metaMap(doc).set('facilitator', pick(2) === 0 ? ME : HOST),
      (doc) => editText(doc, { kind: 'map', field: 'goal' }, { index: 0, remove: 0, insert: 'g' }),
    ];

    let refused = 0;
    for (let round = 0; round < 200; round++) {
      const editor = new Y.Doc();
      Y.applyUpdate(editor, Y.encodeStateAsUpdate(server));
      const from = Y.encodeStateVector(editor);
      editor.transact(() => {
        for (let n = 1 + pick(4); n > 0; n--) {
          try {
            ops[pick(ops.length)]!(editor);
          } catch {
            // A command the model refuses (a deleted card…) is simply not part of this update.
          }
        }
      });
      const update = Y.encodeStateAsUpdate(editor, from);

      // The full check, on a copy: the rules' view before and after, nothing skipped.
      const reference = new Y.Doc();
      Y.applyUpdate(reference, Y.encodeStateAsUpdate(server));
      const before = readMapView(reference);
      const rights = { person: ME.userId, holderPresent: true };
      Y.applyUpdate(reference, update);
      const expected = checkMapWrite(before, readMapView(reference), rights);

      const got = applyWithPolicy(server, 'map', update, 'editor', {
        person: ME.userId,
        isPresent: () => true,
      });
      expect({ round, rule: got?.rule }).toEqual({ round, rule: expected?.rule });
      if (got) refused += 1;
    }
    // Both kinds were exercised.
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(180);
  }, 60_000);
});

describe('comments: reading only the records an update reaches', () => {
  it('judges 150 random comment writes as the full check does, and puts back the same', () => {
    const me = { id: 'p_me', name: 'Me', color: '#336699' };
    const other = { id: 'p_other', name: 'Other', color: '#993366' };
    const server = new Y.Doc();
    for (let i = 0; i < 20; i++)
      startThread(server, { author: i % 2 ? me : other, text: `c${i}`, anchor: { kind: 'map' } });
    const pick = random(42);
    const keysOf = (doc: Y.Doc, name: 'threads' | 'comments') => [...commentCollection(doc, name).keys()];
    const any = (doc: Y.Doc, name: 'threads' | 'comments') => {
      const keys = keysOf(doc, name);
      return keys[pick(keys.length)];
    };
    const ops: Array<(doc: Y.Doc) => void> = [
      (doc) =>
        commentCollection(doc, 'comments')
          .get(any(doc, 'comments') ?? '')
          ?.set('text', `t${pick(99)}`),
      (doc) => commentCollection(doc, 'comments').delete(any(doc, 'comments') ?? ''),
      (doc) => commentCollection(doc, 'threads').delete(any(doc, 'threads') ?? ''),
      (doc) => startThread(doc, { author: pick(2) ? me : other, text: 'new', anchor: { kind: 'map' } }),
      (doc) => resolveThread(doc, any(doc, 'threads') ?? '', pick(2) ? me : other),
      (doc) => {
        const who = pick(2) ? me : other;
        const rec = new Y.Map<unknown>();
        rec.set('id', pick(3) ? who.id : 'p_someone');
        rec.set('name', `n${pick(9)}`);
        commentCollection(doc, 'people').set(who.id, rec as never);
      },
      (doc) => doc.getMap('elsewhere').set(`k${pick(9)}`, pick(9)),
    ];
    const view = (doc: Y.Doc) => {
      const v = readCommentsView(doc);
      return JSON.stringify([[...v.threads], [...v.comments], [...v.people]]);
    };

    let refused = 0;
    for (let round = 0; round < 150; round++) {
      const editor = new Y.Doc();
      Y.applyUpdate(editor, Y.encodeStateAsUpdate(server));
      const from = Y.encodeStateVector(editor);
      editor.transact(() => {
        for (let n = 1 + pick(3); n > 0; n--) {
          try {
            ops[pick(ops.length)]!(editor);
          } catch {
            // A command the model refuses is simply not part of this update.
          }
        }
      });
      const update = Y.encodeStateAsUpdate(editor, from);
      const before = readCommentsView(server);
      const beforeJson = view(server);
      const reference = new Y.Doc();
      Y.applyUpdate(reference, Y.encodeStateAsUpdate(server));
      Y.applyUpdate(reference, update);
      const expected = checkCommentsWrite(before, readCommentsView(reference), me.id);

      const got = applyWithPolicy(server, 'comments', update, 'editor', {
        person: me.id,
        isPresent: () => true,
      });
      expect({ round, rule: got?.rule, reason: got?.reason }).toEqual({
        round,
        rule: expected?.rule,
        reason: expected?.reason,
      });
      if (got) {
        refused += 1;
        expect(view(server)).toBe(beforeJson);
      }
    }
    expect(refused).toBeGreaterThan(20);
    expect(refused).toBeLessThan(140);
  }, 60_000);
});
