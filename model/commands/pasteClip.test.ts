import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { buildClip } from '../clipboard/buildClip';
import type { JourneyClip } from '../clipboard/journeyClip';
import type { JourneyMap } from '../journeyMap';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { addNote, updateNote } from './notes';
import { pasteClip, pasteClipboard } from './pasteClip';
import { renameStage } from './stages';
import { addTouchpoint, updateTouchpoint } from './touchpoints';

/** The sample map's Contact support cards (IVR menu → Agent call ← Chat with bot) and its pain point. */
function copyContactSupport(): { clip: JourneyClip; json: string; source: JourneyMap } {
  const doc = templateDoc('sample');
  const agent = touchpointTitled(cleanMap(doc), 'Agent call').id;
  updateTouchpoint(doc, agent, { description: 'Second line', emotionSource: 'csat' });
  const source = cleanMap(doc);
  const stage = stageNamed(source, 'Contact support').id;
  const note = source.notes.find((n) => n.stageId === stage)!;
  updateNote(doc, note.id, { touchpointId: agent, whys: ['No outage feed'], owner: 'IVR team' });
  const map = cleanMap(doc);
  const built = buildClip(map, {
    touchpoints: map.touchpoints.filter((t) => t.stageId === stage).map((t) => t.id),
    notes: [note.id],
  });
  if (!built.ok) throw new Error(built.error);
  return { clip: built.clip, json: built.json, source: map };
}

const titles = (map: JourneyMap, stageId: string, laneId?: string) =>
  map.touchpoints
    .filter((t) => t.stageId === stageId && (!laneId || t.laneId === laneId))
    .map((t) => t.title);
/** A card without its identity and place: what a copy must keep. */
const contentOf = ({
  id: _id,
  stageId: _stage,
  laneId: _lane,
  order: _order,
  ...rest
}: JourneyMap['touchpoints'][number]) => rest;

describe('pasteClip', () => {
  it('pastes into another map with every field, new ids, and the routes and note ties between copies, in one step', () => {
    const { clip, source } = copyContactSupport();
    const doc = templateDoc('sample');
    const before = cleanMap(doc);
    const pasted = expectOneUndoableStep(doc, () => pasteClip(doc, clip, null));
    const after = cleanMap(doc);
    expect(pasted.touchpoints).toHaveLength(3);
    const copies = pasted.touchpoints.map((id) => after.touchpoints.find((t) => t.id === id)!);
    const originals = source.touchpoints.filter((t) => clip.touchpoints.some((c) => c.ref === t.id));
    expect(copies.map(contentOf)).toEqual(originals.map(contentOf));
    for (const id of pasted.touchpoints) expect(source.touchpoints.some((t) => t.id === id)).toBe(false);
    // No cell selected: the stage of the same name (another map, other ids), at the end of its cell.
    const stage = stageNamed(after, 'Contact support').id;
    expect(titles(after, stage)).toEqual([
      'IVR menu',
      'Agent call',
      'Chat with bot',
      'IVR menu',
      'Agent call',
      'Chat with bot',
    ]);
    const byTitle = (t: string) => copies.find((c) => c.title === t)!.id;
    const newRoutes = after.connections.filter((c) => !before.connections.some((b) => b.id === c.id));
    expect(newRoutes.map((c) => [c.from, c.to]).sort()).toEqual(
      [
        [byTitle('IVR menu'), byTitle('Agent call')],
        [byTitle('Chat with bot'), byTitle('Agent call')],
      ].sort(),
    );
    const note = after.notes.find((n) => n.id === pasted.notes[0]);
    expect(note).toMatchObject({
      kind: 'painPoint',
      text: 'IVR has no outage option',
      whys: ['No outage feed'],
      owner: 'IVR team',
      stageId: stage,
      touchpointId: byTitle('Agent call'),
    });
  });

  it('puts everything into a selected cell, cards in clip order and notes in that stage', () => {
    const { clip } = copyContactSupport();
    const doc = templateDoc();
    const map = cleanMap(doc);
    const buy = stageNamed(map, 'Buy').id;
    const backstage = laneOfKind(map, 'backstage').id;
    addTouchpoint(doc, { stageId: buy, laneId: backstage, title: 'Billing system' });
    pasteClip(doc, clip, { kind: 'cell', stageId: buy, laneId: backstage });
    const after = cleanMap(doc);
    expect(titles(after, buy, backstage)).toEqual([
      'Billing system',
      'IVR menu',
      'Agent call',
      'Chat with bot',
    ]);
    expect(after.notes.map((n) => [n.stageId, n.text])).toEqual([[buy, 'IVR has no outage option']]);
  });

  it('puts copies right after a selected card, and notes right after a selected note', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    const [a] = ['A', 'B'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    const first = addNote(doc, { kind: 'opportunity', stageId: aware, text: 'First' });
    addNote(doc, { kind: 'opportunity', stageId: aware, text: 'Last' });
    const clip = buildClip(cleanMap(doc), { touchpoints: [a!], notes: [first] });
    if (!clip.ok) throw new Error(clip.error);
    pasteClip(doc, { ...clip.clip, notes: [] }, { kind: 'touchpoint', id: a! });
    pasteClip(doc, { ...clip.clip, touchpoints: [] }, { kind: 'note', id: first });
    const after = cleanMap(doc);
    expect(titles(after, aware)).toEqual(['A', 'A', 'B']);
    expect(after.notes.map((n) => n.text)).toEqual(['First', 'First', 'Last']);
  });

  it('pastes into the same stage by id when the names differ, and into the first stage when nothing matches', () => {
    const { clip } = copyContactSupport();
    const doc = templateDoc('sample');
    const stage = stageNamed(cleanMap(doc), 'Contact support').id;
    renameStage(doc, stage, 'Call us');
    // Same map (ids match): the renamed stage still takes them.
    const sameIds: JourneyClip = {
      ...clip,
      touchpoints: clip.touchpoints.map((t) => ({ ...t, stage: { id: stage, name: 'Contact support' } })),
    };
    pasteClip(doc, sameIds, null);
    expect(titles(cleanMap(doc), stage)).toHaveLength(6);
    const other = templateDoc();
    pasteClip(other, clip, null);
    const map = cleanMap(other);
    expect(titles(map, map.stages[0]!.id)).toEqual(['IVR menu', 'Agent call', 'Chat with bot']);
  });

  it('refuses a clip that fails its schema or a target that is gone, writing nothing', () => {
    const { clip } = copyContactSupport();
    const doc = templateDoc('sample');
    const hostile = [
      { ...clip, touchpoints: clip.touchpoints.map((t) => ({ ...t, emotion: 9 })) },
      { ...clip, routes: [{ from: 'tp_nowhere', to: clip.touchpoints[0]!.ref }] },
      { ...clip, format: 'journey-map' },
    ] as unknown as JourneyClip[];
    for (const bad of hostile) expectRefused(doc, () => pasteClip(doc, bad, null));
    expectRefused(
      doc,
      () => pasteClip(doc, clip, { kind: 'cell', stageId: 'stage_gone', laneId: 'lane_x' }),
      /gone/,
    );
    expectRefused(doc, () => pasteClip(doc, clip, { kind: 'touchpoint', id: 'tp_gone' }), /gone/);
  });
});

describe('pasteClipboard', () => {
  function blankWithCell(): { doc: Y.Doc; map: JourneyMap; stageId: string; laneId: string } {
    const doc = templateDoc();
    const map = cleanMap(doc);
    return { doc, map, stageId: stageNamed(map, 'Use').id, laneId: laneOfKind(map, 'touchpoints').id };
  }

  it('makes one card per line of text in the selected cell, in one step, skipping empty lines', () => {
    const { doc, stageId, laneId } = blankWithCell();
    const text = '- Phone insurer\r\n\n  Claim form\t online \n\n3. Adjuster visit\n';
    const pasted = expectOneUndoableStep(doc, () =>
      pasteClipboard(doc, { text }, { kind: 'cell', stageId, laneId }),
    );
    const map = cleanMap(doc);
    expect(titles(map, stageId, laneId)).toEqual(['Phone insurer', 'Claim form online', 'Adjuster visit']);
    expect(pasted.touchpoints).toEqual(map.touchpoints.map((t) => t.id));
    expect(map.touchpoints[0]).toMatchObject({
      channel: 'web',
      owner: '',
      description: '',
      emotion: 0,
      hub: 'auto',
    });
  });

  it('makes notes in a note lane, keeps a long line whole in the description, and takes the JSON envelope as text', () => {
    const { doc, map, stageId } = blankWithCell();
    pasteClipboard(
      doc,
      { text: 'Long hold\nNo callback' },
      { kind: 'cell', stageId, laneId: laneOfKind(map, 'painPoints').id },
    );
    expect(cleanMap(doc).notes.map((n) => [n.kind, n.text])).toEqual([
      ['painPoint', 'Long hold'],
      ['painPoint', 'No callback'],
    ]);
    const long = `${'word '.repeat(60)}end`;
    pasteClipboard(doc, { text: long }, { kind: 'stage', id: stageId });
    const card = cleanMap(doc).touchpoints[0]!;
    expect(card.title).toHaveLength(200);
    expect(card.title.endsWith('…')).toBe(true);
    expect(card.description).toBe(long);
    const { json } = copyContactSupport();
    pasteClipboard(doc, { text: json }, null);
    expect(cleanMap(doc).touchpoints.map((t) => t.title)).toContain('Agent call');
  });

  it('refuses too many lines, text with no target, and a hostile clip, writing nothing', () => {
    const { doc, stageId, laneId } = blankWithCell();
    const cell = { kind: 'cell', stageId, laneId } as const;
    const many = Array.from({ length: 101 }, (_, i) => `Card ${i}`).join('\n');
    expectRefused(doc, () => pasteClipboard(doc, { text: many }, cell), /101 lines; paste at most 100/);
    expectRefused(doc, () => pasteClipboard(doc, { text: 'One\nTwo' }, null), /Click a cell first/);
    expectRefused(doc, () => pasteClipboard(doc, { text: '\n \n' }, cell), /Nothing to paste/);
    const bad = '{"format":"journey-clip","version":1,"touchpoints":[{"ref":"a"}],"notes":[],"routes":[]}';
    expectRefused(
      doc,
      () => pasteClipboard(doc, { clip: bad, text: 'A' }, cell),
      /could not be pasted: touchpoints\[0\]\.title/,
    );
  });
});
