import { describe, expect, it } from 'vitest';
import { DEFAULT_LANES } from '../templates/blankMap';
import {
  CARD_LANE_KINDS,
  DEFAULT_CARD_LANE_KIND,
  isCurveLane,
  LANE_KIND_TRAITS,
  LANE_KINDS,
  REQUIRED_LANE_KINDS,
} from './lane';
import { NOTE_KIND_TRAITS } from './note';

describe('LANE_KIND_TRAITS', () => {
  it('has a row for each lane kind and no other', () => {
    expect(Object.keys(LANE_KIND_TRAITS).sort()).toEqual([...LANE_KINDS].sort());
  });

  it('gives every lane kind a name of its own and a hint', () => {
    for (const kind of LANE_KINDS) {
      const { label, hint } = LANE_KIND_TRAITS[kind];
      expect(label.trim(), kind).not.toBe('');
      expect(hint.edit.trim(), kind).not.toBe('');
      expect(hint.view?.trim() ?? 'same as edit', kind).not.toBe('');
    }
    expect(new Set(LANE_KINDS.map((k) => LANE_KIND_TRAITS[k].label)).size).toBe(LANE_KINDS.length);
  });

  it('gives a note kind exactly to the note lanes, whose colours are their note kind’s', () => {
    for (const kind of LANE_KINDS) {
      const { holds, noteKind } = LANE_KIND_TRAITS[kind];
      expect(noteKind !== undefined, kind).toBe(holds === 'notes');
      if (noteKind) expect(NOTE_KIND_TRAITS[noteKind].colors.fill).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('puts on the curve and asks an owner only of card lanes', () => {
    for (const kind of LANE_KINDS) {
      const { onCurve, needsOwner } = LANE_KIND_TRAITS[kind];
      if (onCurve || needsOwner) expect(CARD_LANE_KINDS.has(kind), kind).toBe(true);
    }
  });

  it('has one curve lane and one default card lane, both required', () => {
    const curve = LANE_KINDS.filter(isCurveLane);
    expect(curve).toEqual(['emotions']);
    expect(DEFAULT_CARD_LANE_KIND).toBe('touchpoints');
    expect([...REQUIRED_LANE_KINDS].sort()).toEqual(['emotions', 'touchpoints']);
  });

  it('starts a new map with one lane of each kind, Evidence, Thoughts and Support processes hidden', () => {
    expect(DEFAULT_LANES.map((l) => l.kind)).toEqual(LANE_KINDS);
    expect(DEFAULT_LANES.filter((l) => !l.visible).map((l) => l.kind)).toEqual([
      'evidence',
      'thoughts',
      'support',
    ]);
    for (const kind of REQUIRED_LANE_KINDS) expect(LANE_KIND_TRAITS[kind].shownOnNewMaps, kind).toBe(true);
  });
});
