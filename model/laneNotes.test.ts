import { describe, expect, it } from 'vitest';
import { renameLane, setLaneVisible } from './commands/lanes';
import { curveLanesNote, ownerLanesLabel } from './laneNotes';
import { cleanMap, laneOfKind, templateDoc } from './testing/testMaps';

describe('curveLanesNote', () => {
  it('names the lanes the curve uses and the card lanes it leaves out, as this map shows them', () => {
    const doc = templateDoc('sample');
    expect(curveLanesNote(cleanMap(doc).lanes)).toBe(
      'The curve goes through the cards in Touchpoints (front stage); Customer actions and Backstage cards are left out.',
    );
    setLaneVisible(doc, laneOfKind(cleanMap(doc), 'thoughts').id, true);
    renameLane(doc, laneOfKind(cleanMap(doc), 'backstage').id, 'Behind the scenes');
    expect(curveLanesNote(cleanMap(doc).lanes)).toBe(
      'The curve goes through the cards in Touchpoints (front stage); Customer actions, Thoughts & quotes and Behind the scenes cards are left out.',
    );
    expect(ownerLanesLabel(cleanMap(doc).lanes)).toBe('Touchpoints');
  });
});
