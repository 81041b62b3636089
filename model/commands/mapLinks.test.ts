import { describe, expect, it } from 'vitest';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { linkChildMap } from './mapLinks';
import { deleteStage } from './stages';
import { addTouchpoint } from './touchpoints';

function mapWithCard() {
  const doc = templateDoc();
  const aware = stageNamed(cleanMap(doc), 'Aware').id;
  const tp = addTouchpoint(doc, { stageId: aware, title: 'Claim' });
  return { doc, aware, tp };
}

describe('linkChildMap', () => {
  it('links a touchpoint to a child map in one undoable step, and unlinks it', () => {
    const { doc, tp } = mapWithCard();
    expectOneUndoableStep(doc, () => linkChildMap(doc, { holder: 'touchpoint', id: tp }, 'child-map_1'));
    expect(cleanMap(doc).touchpoints.find((t) => t.id === tp)?.childMapId).toBe('child-map_1');
    expectOneUndoableStep(doc, () => linkChildMap(doc, { holder: 'touchpoint', id: tp }, null));
    expect(cleanMap(doc).touchpoints.find((t) => t.id === tp)).not.toHaveProperty('childMapId');
  });

  it('links a stage', () => {
    const { doc, aware } = mapWithCard();
    expectOneUndoableStep(doc, () => linkChildMap(doc, { holder: 'stage', id: aware }, 'm2'));
    expect(stageNamed(cleanMap(doc), 'Aware').childMapId).toBe('m2');
  });

  it('refuses a malformed map id, an unknown holder and a deleted stage, writing nothing', () => {
    const { doc, tp, aware } = mapWithCard();
    expectRefused(doc, () => linkChildMap(doc, { holder: 'touchpoint', id: tp }, 'not a map/id'), /map id/);
    expectRefused(
      doc,
      () => linkChildMap(doc, { holder: 'touchpoint', id: 'tp_nope' }, 'm2'),
      /does not exist/,
    );
    deleteStage(doc, aware, { touchpoints: 'delete' });
    expectRefused(doc, () => linkChildMap(doc, { holder: 'stage', id: aware }, 'm2'), /does not exist/);
  });
});
