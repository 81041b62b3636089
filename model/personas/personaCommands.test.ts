import { describe, expect, it } from 'vitest';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap } from '../testing/testMaps';
import { DANA, personaMap, SAM } from '../testing/personaMap';
import { setPersonaEmotion, setPersonaUse } from './personaCommands';

describe('persona commands', () => {
  it('sets and clears one persona’s emotion in one undoable step', () => {
    const { doc, ids } = personaMap();
    const tp = () => cleanMap(doc).touchpoints.find((t) => t.id === ids.T2)!;
    expectOneUndoableStep(doc, () => setPersonaEmotion(doc, ids.T2, SAM.id, 2));
    expect(tp().personaEmotions).toEqual({ [DANA.id]: -2, [SAM.id]: 2 });
    expectOneUndoableStep(doc, () => setPersonaEmotion(doc, ids.T2, DANA.id, null));
    expect(tp().personaEmotions).toEqual({ [SAM.id]: 2 });
    setPersonaEmotion(doc, ids.T2, SAM.id, null);
    expect(tp().personaEmotions).toBeUndefined();
    expect(tp().emotion).toBe(-1);
  });

  it('marks a card as not used and used again', () => {
    const { doc, ids } = personaMap();
    const tp = () => cleanMap(doc).touchpoints.find((t) => t.id === ids.T4)!;
    expectOneUndoableStep(doc, () => setPersonaUse(doc, ids.T4, DANA.id, false));
    expect(tp().notUsedBy).toEqual([SAM.id, DANA.id]);
    setPersonaUse(doc, ids.T4, DANA.id, false);
    expect(tp().notUsedBy).toEqual([SAM.id, DANA.id]);
    setPersonaUse(doc, ids.T4, SAM.id, true);
    setPersonaUse(doc, ids.T4, DANA.id, true);
    expect(tp().notUsedBy).toBeUndefined();
  });

  it('refuses bad input and writes nothing', () => {
    const { doc, ids } = personaMap();
    expectRefused(doc, () => setPersonaEmotion(doc, 'tp_nope', DANA.id, 1), /does not exist/);
    expectRefused(doc, () => setPersonaEmotion(doc, ids.T1, DANA.id, 3 as never), /emotion/);
    expectRefused(doc, () => setPersonaEmotion(doc, ids.T1, '', 1), /personaId/);
    expectRefused(doc, () => setPersonaUse(doc, ids.T1, 'x'.repeat(65), false), /personaId/);
    expectRefused(doc, () => setPersonaUse(doc, 'tp_nope', DANA.id, false), /does not exist/);
  });
});
