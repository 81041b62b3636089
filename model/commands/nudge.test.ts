import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { addNote } from './notes';
import { applyNudge, nudgeTarget, type NudgeDirection } from './nudge';
import type { MapSelection as Selection } from './selectionCommands';
import { addTouchpoint } from './touchpoints';

/** Applies what an arrow key would do, through the same commands the editor runs. */
function press(doc: Y.Doc, selection: Selection, direction: NudgeDirection): boolean {
  const nudge = nudgeTarget(cleanMap(doc), selection, direction);
  if (!nudge) return false;
  applyNudge(doc, nudge);
  return true;
}

function cell(doc: Y.Doc, stage: string, laneKind = 'touchpoints') {
  const map = cleanMap(doc);
  const stageId = stageNamed(map, stage).id;
  const laneId = laneOfKind(map, laneKind).id;
  return map.touchpoints.filter((t) => t.stageId === stageId && t.laneId === laneId).map((t) => t.title);
}

const sel = (doc: Y.Doc, title: string): Selection => ({
  kind: 'touchpoint',
  id: touchpointTitled(cleanMap(doc), title).id,
});

describe('arrow-key nudges', () => {
  it('→ and ← step one slot inside the cell', () => {
    const doc = templateDoc('sample');
    expect(cell(doc, 'Contact support')).toEqual(['IVR menu', 'Agent call', 'Chat with bot']);
    press(doc, sel(doc, 'IVR menu'), 'right');
    expect(cell(doc, 'Contact support')).toEqual(['Agent call', 'IVR menu', 'Chat with bot']);
    press(doc, sel(doc, 'Chat with bot'), 'left');
    expect(cell(doc, 'Contact support')).toEqual(['Agent call', 'Chat with bot', 'IVR menu']);
  });

  it('crosses into the neighbouring stage at the ends of the cell, and stops at the map edges', () => {
    const doc = templateDoc('sample');
    press(doc, sel(doc, 'Chat with bot'), 'right');
    expect(cell(doc, 'Technician visit')).toEqual(['Chat with bot', 'Appointment SMS', 'Technician at home']);
    press(doc, sel(doc, 'Chat with bot'), 'left');
    expect(cell(doc, 'Contact support')).toEqual(['IVR menu', 'Agent call', 'Chat with bot']);
    expect(press(doc, sel(doc, 'Streaming stops'), 'left')).toBe(false);
    expect(press(doc, sel(doc, 'Bill credit'), 'right')).toBe(false);
  });

  it('↑ and ↓ move to the next visible card lane, skipping hidden and non-card lanes', () => {
    const doc = templateDoc('sample');
    press(doc, sel(doc, 'Agent call'), 'down');
    // Thoughts is hidden; Emotions, Pain points and Opportunities hold no cards: Backstage is next.
    expect(cell(doc, 'Contact support', 'backstage')).toEqual(['Agent call']);
    expect(press(doc, sel(doc, 'Agent call'), 'down')).toBe(false);
    press(doc, sel(doc, 'Agent call'), 'up');
    press(doc, sel(doc, 'Agent call'), 'up');
    expect(cell(doc, 'Contact support', 'actions')).toEqual(['Agent call']);
    expect(press(doc, sel(doc, 'Agent call'), 'up')).toBe(false);
  });

  it('moves notes sideways only, and stages left and right', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const note = map.notes.find((n) => n.text === 'IVR has no outage option')!;
    expect(press(doc, { kind: 'note', id: note.id }, 'up')).toBe(false);
    press(doc, { kind: 'note', id: note.id }, 'right');
    expect(cleanMap(doc).notes.find((n) => n.id === note.id)!.stageId).toBe(
      stageNamed(map, 'Technician visit').id,
    );
    const first = stageNamed(map, 'Notice problem').id;
    expect(press(doc, { kind: 'stage', id: first }, 'left')).toBe(false);
    press(doc, { kind: 'stage', id: first }, 'right');
    expect(
      cleanMap(doc)
        .stages.map((s) => s.name)
        .slice(0, 2),
    ).toEqual(['Self-diagnose', 'Notice problem']);
    expect(nudgeTarget(map, null, 'right')).toBeNull();
  });

  it('↑ and ↓ move a row up or down inside a wrapped cell before leaving it for the next lane', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    for (const title of ['1', '2', '3', '4', '5']) addTouchpoint(doc, { stageId: aware, title });
    // Three to a row: 1 2 3 / 4 5.
    press(doc, sel(doc, '2'), 'down');
    expect(cell(doc, 'Aware')).toEqual(['1', '3', '4', '5', '2']);
    press(doc, sel(doc, '2'), 'up');
    expect(cell(doc, 'Aware')).toEqual(['1', '2', '3', '4', '5']);
    // Down onto the shorter last row: its end.
    press(doc, sel(doc, '3'), 'down');
    expect(cell(doc, 'Aware')).toEqual(['1', '2', '4', '5', '3']);
    // From the bottom row, the next card lane below (Emotions, Pain points, Opportunities hold none).
    press(doc, sel(doc, '5'), 'down');
    expect(cell(doc, 'Aware', 'backstage')).toEqual(['5']);
    // And back up: into the Touchpoints cell's last row, at the same place in the row (its first).
    press(doc, sel(doc, '5'), 'up');
    expect(cell(doc, 'Aware')).toEqual(['1', '2', '4', '5', '3']);
  });

  it('moves a note a row up or down inside its wrapped cell, and no further', () => {
    const doc = templateDoc();
    const aware = stageNamed(cleanMap(doc), 'Aware').id;
    const ids = ['a', 'b', 'c', 'd'].map((text) => addNote(doc, { kind: 'painPoint', stageId: aware, text }));
    const texts = () =>
      cleanMap(doc)
        .notes.filter((n) => n.stageId === aware)
        .map((n) => n.text);
    expect(press(doc, { kind: 'note', id: ids[0]! }, 'down')).toBe(true);
    expect(texts()).toEqual(['b', 'c', 'd', 'a']);
    expect(press(doc, { kind: 'note', id: ids[0]! }, 'down')).toBe(false);
    expect(press(doc, { kind: 'note', id: ids[1]! }, 'up')).toBe(false);
  });
});
