import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTouchpoint, editText, readMap, setCardLocked, voteRecordId } from '../../model';
import { collection, metaMap } from '../../model/docLayout';
import { applyWithPolicy } from './applyWithPolicy';
import { changedPaths } from './changedPaths';
import { HOST, workshopDoc } from '../testing/workshopDoc';

const CARDS = 120;

/** A map with a present seat holder, an open vote and one locked card, and an editor's copy of it. */
function workshop() {
  const { doc: server, ids, voteId, stage, lane } = workshopDoc({ cards: CARDS, votesPerPerson: 2 });
  const locked = ids[CARDS / 2]!;
  setCardLocked(server, HOST, locked, true);
  const editor = new Y.Doc();
  Y.applyUpdate(editor, Y.encodeStateAsUpdate(server));
  return { server, editor, ids, locked, voteId, stage, lane };
}

type Workshop = ReturnType<typeof workshop>;

/** One update: a title typed into on every card, with `forbidden` done halfway through. */
function hiddenInOrdinary(w: Workshop, forbidden: () => void): Uint8Array {
  const from = Y.encodeStateVector(w.editor);
  w.ids.forEach((id, i) => {
    if (i === CARDS / 2) forbidden();
    if (collection(w.editor, 'touchpoints').has(id))
      editText(w.editor, { kind: 'touchpoint', id, field: 'title' }, { index: 0, remove: 0, insert: '!' });
  });
  return Y.encodeStateAsUpdate(w.editor, from);
}

const apply = (w: Workshop, update: Uint8Array) =>
  applyWithPolicy(w.server, 'map', update, 'editor', {
    person: 'p_mallory',
    isPresent: (person) => person === HOST.userId,
  });

const card = (doc: Y.Doc, id: string) => collection(doc, 'touchpoints').get(id)!;

describe('applyWithPolicy: a forbidden write hidden in a large ordinary update', () => {
  const cases: Array<[string, string, (w: Workshop) => void, (w: Workshop) => void]> = [
    [
      'a facilitator key set anew',
      'facilitator-only',
      (w) => metaMap(w.editor).set('structureLocked', true),
      (w) => expect(metaMap(w.server).has('structureLocked')).toBe(false),
    ],
    [
      'the seat overwritten (an item placed by its origin)',
      'facilitator-only',
      (w) => metaMap(w.editor).set('facilitator', { userId: 'p_mallory', name: 'M' }),
      (w) => expect(readMap(w.server).map.facilitation.facilitator?.userId).toBe(HOST.userId),
    ],
    [
      'a locked card moved',
      'card-locked',
      (w) => card(w.editor, w.locked).set('order', 'zzzz'),
      (w) => expect(card(w.server, w.locked).get('order')).not.toBe('zzzz'),
    ],
    [
      'a locked card deleted (a deletion only)',
      'facilitator-only',
      (w) => collection(w.editor, 'touchpoints').delete(w.locked),
      (w) => expect(card(w.server, w.locked).get('locked')).toBe(true),
    ],
    [
      'a card unlocked',
      'facilitator-only',
      (w) => card(w.editor, w.locked).delete('locked'),
      (w) => expect(card(w.server, w.locked).get('locked')).toBe(true),
    ],
    [
      'a new card that comes locked (its fields inside the update)',
      'facilitator-only',
      (w) => {
        const id = addTouchpoint(w.editor, { stageId: w.stage, laneId: w.lane, title: 'sneaky' });
        card(w.editor, id).set('locked', true);
      },
      (w) => expect(readMap(w.server).map.touchpoints.filter((c) => c.locked)).toHaveLength(1),
    ],
    [
      'a ballot in someone else’s name',
      'ballot-owner',
      (w) => {
        const ballot = new Y.Map<unknown>();
        const id = voteRecordId(w.voteId, HOST.userId, w.ids[0]!);
        const fields = {
          id,
          voteId: w.voteId,
          userId: HOST.userId,
          userName: '',
          touchpointId: w.ids[0],
          count: 1,
        };
        for (const [k, v] of Object.entries(fields)) ballot.set(k, v);
        collection(w.editor, 'votes').set(id, ballot as never);
      },
      (w) => expect(collection(w.server, 'votes').size).toBe(0),
    ],
  ];

  it.each(cases)('refuses %s and keeps the ordinary edits', (_label, rule, forbidden, undone) => {
    const w = workshop();
    const update = hiddenInOrdinary(w, () => forbidden(w));
    expect(update.length).toBeGreaterThan(1000);
    expect(apply(w, update)).toMatchObject({ rule });
    undone(w);
    // A refused write puts the locked card back whole; every other card keeps its typing.
    const titles = new Map(readMap(w.server).map.touchpoints.map((c) => [c.id, c.title]));
    expect(w.ids.filter((id) => id !== w.locked && !titles.get(id)?.startsWith('!'))).toEqual([]);
  });

  it('lets the same update through without the forbidden part, and a locked card’s title be typed into', () => {
    const w = workshop();
    expect(
      apply(
        w,
        hiddenInOrdinary(w, () => undefined),
      ),
    ).toBeUndefined();
    expect(readMap(w.server).map.touchpoints.find((c) => c.id === w.locked)?.title).toMatch(/^!/);
  });
});

describe('changedPaths', () => {
  it('places typing under its card and field, and gives up on an update whose parents it lacks', () => {
    const w = workshop();
    const from = Y.encodeStateVector(w.editor);
    editText(
      w.editor,
      { kind: 'touchpoint', id: w.ids[3]!, field: 'title' },
      { index: 0, remove: 0, insert: 'ab' },
    );
    const typed = Y.encodeStateAsUpdate(w.editor, from);
    expect(changedPaths(w.server, typed)).toEqual([
      { root: collection(w.server, 'touchpoints'), keys: [w.ids[3], 'title', null] },
    ]);

    // A second edit on top of one the server never got: the first's items are missing.
    const middle = Y.encodeStateVector(w.editor);
    editText(
      w.editor,
      { kind: 'touchpoint', id: w.ids[3]!, field: 'title' },
      { index: 1, remove: 0, insert: 'c' },
    );
    expect(changedPaths(w.server, Y.encodeStateAsUpdate(w.editor, middle))).toBeUndefined();
    // What the server already holds changes nothing.
    expect(changedPaths(w.server, Y.encodeStateAsUpdate(w.server))).toEqual([]);
  });
});
