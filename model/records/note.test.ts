import { describe, expect, it } from 'vitest';
import { LANE_KIND_TRAITS, NOTE_LANE_KIND, noteKindOfLane } from './lane';
import { isNoteKind, NOTE_KIND_TRAITS, NOTE_KINDS } from './note';

describe('NOTE_KIND_TRAITS', () => {
  it('gives every note kind exactly one lane to live in', () => {
    for (const kind of NOTE_KINDS) {
      const lanes = Object.values(LANE_KIND_TRAITS).filter((t) => t.noteKind === kind);
      expect(lanes, kind).toHaveLength(1);
      expect(noteKindOfLane(NOTE_LANE_KIND[kind])).toBe(kind);
    }
  });
  it('names each kind apart (test ids, labels)', () => {
    const traits = NOTE_KINDS.map((k) => NOTE_KIND_TRAITS[k]);
    expect(new Set(traits.map((t) => t.testId)).size).toBe(NOTE_KINDS.length);
    expect(new Set(traits.map((t) => t.label)).size).toBe(NOTE_KINDS.length);
  });
  it('reads kinds from the doc without trusting them', () => {
    expect(isNoteKind('painPoint')).toBe(true);
    expect(isNoteKind('toString')).toBe(false);
    expect(noteKindOfLane('toString')).toBeUndefined();
    expect(noteKindOfLane('touchpoints')).toBeUndefined();
    expect(noteKindOfLane(undefined)).toBeUndefined();
  });
});
