import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { moveNote, moveStage, moveTouchpoint } from '../../model';
import {
  cleanMap,
  laneOfKind,
  stageNamed,
  templateDoc,
  touchpointTitled,
} from '../../model/testing/testMaps';
import { nudgeTarget, type NudgeDirection } from './nudgeTarget';
import type { Selection } from './store/editorStore';

/** Applies what an arrow key would do, through the same commands the editor runs. */
function press(doc: Y.Doc, selection: Selection, direction: NudgeDirection): boolean {
  const nudge = nudgeTarget(cleanMap(doc), selection, direction);
  if (!nudge) return false;
  if (nudge.kind === 'touchpoint') moveTouchpoint(doc, nudge.id, nudge.to);
  else if (nudge.kind === 'note') moveNote(doc, nudge.id, nudge.to);
  else moveStage(doc, nudge.id, nudge.index);
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
});
