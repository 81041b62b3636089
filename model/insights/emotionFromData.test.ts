import { describe, expect, it } from 'vitest';
import { connect, setConnectionDetails } from '../commands/connections';
import { addNote, updateNote } from '../commands/notes';
import { addTouchpoint, setEmotionSource, updateTouchpoint } from '../commands/touchpoints';
import { buildMapFile } from '../export/mapFile';
import { layoutMap } from '../layout';
import { expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { emotionFromCsat, emotionFromNps } from './emotionFromData';

describe('emotionFromCsat', () => {
  it('maps 1…5 to -2…+2, rounding to the nearest score', () => {
    expect([1, 2, 3, 4, 5].map(emotionFromCsat)).toEqual([-2, -1, 0, 1, 2]);
    expect(emotionFromCsat(4.2)).toBe(1);
    expect(emotionFromCsat(4.5)).toBe(2);
    expect(emotionFromCsat(1.4)).toBe(-2);
  });
});

describe('emotionFromNps', () => {
  it('maps the documented bands, edges included', () => {
    const cases: Array<[number, number]> = [
      [-100, -2],
      [-60, -2],
      [-59, -1],
      [-20, -1],
      [-19, 0],
      [0, 0],
      [19, 0],
      [20, 1],
      [59, 1],
      [60, 2],
      [100, 2],
      [-59.6, -2],
      [19.4, 0],
    ];
    for (const [nps, emotion] of cases) expect(emotionFromNps(nps), `NPS ${nps}`).toBe(emotion);
  });
});

function oneCard() {
  const doc = templateDoc();
  const stageId = stageNamed(cleanMap(doc), 'Aware').id;
  const id = addTouchpoint(doc, {
    stageId,
    title: 'Call',
    channel: 'phone',
    emotion: -1,
    voc: { csat: 4.2, nps: 65 },
  });
  return { doc, id, stageId };
}

describe('readMap with emotionSource', () => {
  it('derives the emotion from CSAT or NPS, flags it, and restores the guess on manual', () => {
    const { doc, id } = oneCard();
    expect(cleanMap(doc).touchpoints[0]).toMatchObject({ emotion: -1 });
    expect(cleanMap(doc).touchpoints[0]?.emotionMeasured).toBeUndefined();
    setEmotionSource(doc, id, 'csat');
    expect(cleanMap(doc).touchpoints[0]).toMatchObject({
      emotion: 1,
      emotionMeasured: true,
      emotionSource: 'csat',
    });
    expect(layoutMap(cleanMap(doc)).curve[0]).toMatchObject({ emotion: 1, measured: true });
    setEmotionSource(doc, id, 'nps');
    expect(cleanMap(doc).touchpoints[0]).toMatchObject({ emotion: 2, emotionMeasured: true });
    setEmotionSource(doc, id, 'manual');
    expect(cleanMap(doc).touchpoints[0]?.emotion).toBe(-1);
    expect(cleanMap(doc).touchpoints[0]?.emotionMeasured).toBeUndefined();
    expect(layoutMap(cleanMap(doc)).curve[0]).toMatchObject({ emotion: -1, measured: false });
  });

  it('writes the stored guess, not the derived score, to the map file', () => {
    const { doc, id } = oneCard();
    setEmotionSource(doc, id, 'csat');
    expect(cleanMap(doc).touchpoints[0]).toMatchObject({ emotion: 1, manualEmotion: -1 });
    const [record] = buildMapFile(cleanMap(doc)).map.touchpoints;
    expect(record).toMatchObject({ emotion: -1, emotionSource: 'csat' });
    expect(record).not.toHaveProperty('emotionMeasured');
    expect(record).not.toHaveProperty('manualEmotion');
  });

  it('keeps the manual score when the chosen figure is missing', () => {
    const { doc, id } = oneCard();
    updateTouchpoint(doc, id, { voc: { csat: 2 } });
    setEmotionSource(doc, id, 'nps');
    expect(cleanMap(doc).touchpoints[0]?.emotion).toBe(-1);
    expect(cleanMap(doc).touchpoints[0]?.emotionMeasured).toBeUndefined();
  });

  it('refuses an unknown source', () => {
    const { doc, id } = oneCard();
    expectRefused(doc, () => setEmotionSource(doc, id, 'guess' as never));
  });
});

describe('setConnectionDetails', () => {
  it('sets and clears label and volume; refuses a negative or fractional volume', () => {
    const { doc, id, stageId } = oneCard();
    const web = addTouchpoint(doc, { stageId, title: 'Web', channel: 'web' });
    const cid = connect(doc, web, id);
    setConnectionDetails(doc, cid, { label: 'page fails', volume: 1200 });
    expect(cleanMap(doc).connections[0]).toMatchObject({ label: 'page fails', volume: 1200 });
    setConnectionDetails(doc, cid, { volume: undefined });
    expect(cleanMap(doc).connections[0]).toEqual({ id: cid, from: web, to: id, label: 'page fails' });
    expectRefused(doc, () => setConnectionDetails(doc, cid, { volume: -1 }));
    expectRefused(doc, () => setConnectionDetails(doc, cid, { volume: 2.5 }));
    expectRefused(doc, () => setConnectionDetails(doc, 'conn_nope', { volume: 1 }));
  });
});

describe('note whys and owner', () => {
  it('edits a five-whys chain and an owner through updateNote, within the limits', () => {
    const { doc, stageId } = oneCard();
    const note = addNote(doc, { kind: 'painPoint', stageId, text: 'Long wait' });
    updateNote(doc, note, { whys: ['Queue is long', 'Outage floods calls'], owner: 'Contact center' });
    expect(cleanMap(doc).notes[0]).toMatchObject({
      whys: ['Queue is long', 'Outage floods calls'],
      owner: 'Contact center',
    });
    expectRefused(doc, () => updateNote(doc, note, { whys: ['1', '2', '3', '4', '5', '6'] }));
    expectRefused(doc, () => updateNote(doc, note, { whys: ['x'.repeat(301)] }));
  });
});
