import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addNote } from '../../model/commands/notes';
import { renameStage } from '../../model/commands/stages';
import {
  addTouchpoint,
  deleteTouchpoint,
  setEmotion,
  updateTouchpoint,
} from '../../model/commands/touchpoints';
import { connect } from '../../model/commands/connections';
import { cleanMap, stageNamed, touchpointTitled } from '../../model/testing/testMaps';
import { planRevert, revertPerson } from './revertEngine';
import { RevertTestSession } from './revertTestSession';

/** The map as people read it, ids replaced by names: what "exactly the expected map" compares. */
function view(doc: Y.Doc) {
  const map = cleanMap(doc);
  const stage = (id: string) => map.stages.find((s) => s.id === id)?.name ?? `gone ${id}`;
  const card = (id: string) => map.touchpoints.find((t) => t.id === id)?.title ?? `gone ${id}`;
  return {
    stages: map.stages.map((s) => s.name),
    cards: map.touchpoints.map((t) => ({
      title: t.title,
      stage: stage(t.stageId),
      channel: t.channel,
      owner: t.owner,
      description: t.description,
      emotion: t.emotion,
    })),
    notes: map.notes.map((n) => ({
      text: n.text,
      stage: stage(n.stageId),
      card: n.touchpointId === undefined ? undefined : card(n.touchpointId),
    })),
    connections: map.connections.map((c) => `${card(c.from)} → ${card(c.to)}`),
  };
}

const card = (
  title: string,
  stage: string,
  more: Partial<ReturnType<typeof view>['cards'][number]> = {},
) => ({
  title,
  stage,
  channel: 'web',
  owner: '',
  description: '',
  emotion: 0,
  ...more,
});

/**
 * The scripted workshop of the issue: A builds, B (in the window) deletes a card, changes fields,
 * renames a stage and adds a card, C later changes one of B's fields, A keeps working. Reverting B
 * gives back exactly the map without B's window, except C's field, which the plan lists as kept.
 */
function workshop() {
  const s = new RevertTestSession(['A', 'B', 'C']);
  const [a, b, c] = ['A', 'B', 'C'].map((p) => s.doc(p)) as [Y.Doc, Y.Doc, Y.Doc];
  const stageId = (name: string) => stageNamed(cleanMap(a), name).id;
  const cardId = (doc: Y.Doc, title: string) => touchpointTitled(cleanMap(doc), title).id;

  const search = addTouchpoint(a, { stageId: stageId('Aware'), title: 'Search' });
  const compare = addTouchpoint(a, { stageId: stageId('Consider'), title: 'Compare', owner: 'Marketing' });
  const checkout = addTouchpoint(a, { stageId: stageId('Buy'), title: 'Checkout' });
  connect(a, search, compare);
  setEmotion(a, search, 1);
  addNote(a, { kind: 'painPoint', stageId: stageId('Buy'), text: 'Slow payment', touchpointId: checkout });
  s.pause(60_000);
  const windowStart = s.now();

  deleteTouchpoint(b, cardId(b, 'Compare'));
  updateTouchpoint(b, cardId(b, 'Checkout'), { channel: 'phone', owner: 'Sales' });
  renameStage(b, stageId('Use'), 'Onboard');
  addTouchpoint(b, { stageId: stageId('Loyalty'), title: 'Upsell' });
  updateTouchpoint(b, cardId(b, 'Search'), { title: 'Search engine' });
  s.pause(60_000);

  updateTouchpoint(c, cardId(c, 'Checkout'), { owner: 'Support team' });
  updateTouchpoint(a, cardId(a, 'Checkout'), { description: 'Card or PayPal' });
  return { s, windowStart, ids: { search, compare, checkout } };
}

const expectedAfterRevert = {
  stages: ['Aware', 'Consider', 'Buy', 'Use', 'Support', 'Loyalty'],
  cards: [
    card('Search', 'Aware', { emotion: 1 }),
    card('Compare', 'Consider', { owner: 'Marketing' }),
    card('Checkout', 'Buy', { owner: 'Support team', description: 'Card or PayPal' }),
  ],
  notes: [{ text: 'Slow payment', stage: 'Buy', card: 'Checkout' }],
  // The connection B's delete took with the card comes back with it.
  connections: ['Search → Compare'],
};

describe('revert one person on a scripted 3-person session', () => {
  it("gives exactly the map without B's edits, keeping C's later change and listing it", () => {
    const { s, ids } = workshop();
    const plan = s.revert('B', 'F');

    expect(view(s.live)).toEqual(expectedAfterRevert);
    for (const doc of s.docs.values()) expect(view(doc)).toEqual(expectedAfterRevert);
    expect(plan.remove).toEqual([{ kind: 'touchpoint', id: expect.any(String) as string, title: 'Upsell' }]);
    expect(plan.restore).toEqual([
      { kind: 'touchpoint', id: ids.compare, title: 'Compare' },
      { kind: 'connection', id: expect.any(String) as string, title: expect.any(String) as string },
    ]);
    expect(plan.fields.map((f) => [f.kind, f.title, f.label, f.now, f.back])).toEqual([
      ['touchpoint', 'Checkout', 'Channel', 'Phone', 'Web'],
      ['stage', 'Onboard', 'Name', 'Onboard', 'Use'],
      ['touchpoint', 'Search engine', 'Title', 'Search engine', 'Search'],
    ]);
    expect(plan.kept).toEqual([
      {
        kind: 'touchpoint',
        id: ids.checkout,
        title: 'Checkout',
        field: 'owner',
        label: 'Owner',
        by: { id: 'C', name: 'Name of C' },
        reason: 'changed-later',
      },
    ]);
  });

  it('previews without writing, and the preview is the plan the apply carries out', () => {
    const { s } = workshop();
    const before = view(s.live);
    const preview = s.preview('B');
    expect(view(s.live)).toEqual(before);
    expect(s.revert('B', 'F')).toEqual(preview);
  });

  it('writes the revert as one transaction attributed to the facilitator', () => {
    const { s } = workshop();
    const count = s.edits.length;
    s.revert('B', 'F');
    expect(s.edits.slice(count).map((e) => e.personId)).toEqual(['F']);
  });

  it('reverting twice changes nothing the second time', () => {
    const { s } = workshop();
    s.revert('B', 'F');
    const count = s.edits.length;
    const again = s.revert('B', 'F');
    expect(again.remove).toEqual([]);
    expect(again.restore).toEqual([]);
    expect(again.fields).toEqual([]);
    expect(s.edits.length).toBe(count);
    expect(view(s.live)).toEqual(expectedAfterRevert);
  });

  it("leaves B's edits alone outside the window ('since version X' = from the version's time)", () => {
    const { s, windowStart } = workshop();
    // A's edits all came before the window: reverting A since then changes only A's description.
    const plan = s.revert('A', 'F', windowStart);
    expect(plan.remove).toEqual([]);
    expect(plan.restore).toEqual([]);
    expect(plan.fields.map((f) => [f.title, f.label, f.back])).toEqual([['Checkout', 'Description', '']]);
    expect(view(s.live).cards.map((c) => c.title)).toEqual(['Search engine', 'Checkout', 'Upsell']);
  });

  it('a window that ends before B started reverts nothing of B', () => {
    const { s, windowStart } = workshop();
    const plan = s.preview('B', 0, windowStart - 1);
    expect([plan.remove, plan.restore, plan.fields, plan.kept]).toEqual([[], [], [], []]);
  });

  it('calls a replay that misses edits (pruned from the log) incomplete, and will not apply it', () => {
    const { s } = workshop();
    const window = { personId: 'B', from: 0, to: s.now() };
    const input = { base: s.base, edits: s.edits, window, live: s.live, nameOf: () => '' };
    const pruned = { ...input, edits: s.edits.filter((e) => e.seq !== 2) };
    expect(planRevert(input).complete).toBe(true);
    expect(planRevert(pruned).complete).toBe(false);
    const before = view(s.live);
    expect(() => revertPerson(pruned, { personId: 'F' })).toThrow(/partial/);
    expect(view(s.live)).toEqual(before);
  });
});
