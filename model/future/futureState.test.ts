import { describe, expect, it } from 'vitest';
import { addTouchpoint, setEmotion } from '../commands/touchpoints';
import * as Y from 'yjs';
import { connect } from '../commands/connections';
import { editText } from '../commands/textEdits';
import { setPersonaEmotion } from '../personas/personaCommands';
import { personaCurvePoints } from '../personas/personaCurves';
import { duplicateSelected, duplicatedCards } from '../commands/selectionCommands';
import { layoutMap } from '../layout';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import {
  addFutureTouchpoint,
  discardFutureState,
  makeInFuture,
  removeInFuture,
  setFutureEmotion,
  setFutureNote,
  setFutureStatus,
  startFutureState,
} from './futureCommands';
import { futureDiff } from './futureDiff';
import { futureBadge, slotInMap, variantCurves, variantOf } from './futureVariant';
import { renderMapSvg } from '../export/svg/renderMapSvg';

/**
 * The hand-worked map: stage Aware holds Ad (-1) and Search (+1); stage Buy holds Pay (-2).
 * Future: Ad removed, Pay changed to +1, a new card Chat (+2) added in Buy.
 * Current: Aware avg 0, Buy avg -2. Future: Aware avg +1 (Search), Buy avg 1.5 (Pay +1, Chat +2).
 */
function handWorked() {
  const doc = templateDoc('blank');
  const m0 = cleanMap(doc);
  const aware = stageNamed(m0, 'Aware').id;
  const buy = stageNamed(m0, 'Buy').id;
  const ad = addTouchpoint(doc, { stageId: aware, title: 'Ad', emotion: -1 });
  const search = addTouchpoint(doc, { stageId: aware, title: 'Search', emotion: 1 });
  const pay = addTouchpoint(doc, { stageId: buy, title: 'Pay', emotion: -2 });
  connect(doc, ad, search);
  return { doc, aware, buy, ad, search, pay };
}

function withFuture() {
  const w = handWorked();
  const { doc } = w;
  startFutureState(doc);
  removeInFuture(doc, [w.ad]);
  setFutureEmotion(doc, w.pay, 1);
  const chat = addFutureTouchpoint(doc, { stageId: w.buy, title: 'Chat', emotion: 2 });
  return { ...w, chat };
}

describe('future-state commands', () => {
  it('start and discard are one undoable step each; discard clears every future field and added card', () => {
    const { doc, ad, pay, chat } = withFuture();
    setFutureNote(doc, pay, 'Pay by link, no call');
    let map = cleanMap(doc);
    expect(map.settings.futureState).toBe(true);
    expect(touchpointTitled(map, 'Pay')).toMatchObject({
      futureStatus: 'changed',
      futureEmotion: 1,
      futureNote: 'Pay by link, no call',
    });
    expectOneUndoableStep(doc, () => discardFutureState(doc));
    map = cleanMap(doc);
    expect(map.settings.futureState).toBe(false);
    expect(map.touchpoints.map((t) => t.title)).toEqual(['Ad', 'Search', 'Pay']);
    for (const t of map.touchpoints) {
      expect(t.futureStatus ?? t.futureEmotion ?? t.futureNote).toBeUndefined();
    }
    expect(map.touchpoints.some((t) => t.id === chat)).toBe(false);
    expect(map.touchpoints.find((t) => t.id === ad)?.emotion).toBe(-1);
  });

  it('refuses future edits on a map without a future state, and bad values, writing nothing', () => {
    const { doc, pay } = handWorked();
    expectRefused(doc, () => setFutureStatus(doc, pay, 'changed'), /no future state/);
    startFutureState(doc);
    expectRefused(doc, () => setFutureStatus(doc, pay, 'gone' as never));
    expectRefused(doc, () => setFutureEmotion(doc, pay, 7 as never));
    expectRefused(doc, () => setFutureNote(doc, 'tp_nope', 'x'), /does not exist/);
  });

  it('a future delete marks a card removed, and deletes a card that only exists in the future', () => {
    const { doc, ad, chat } = withFuture();
    expect(touchpointTitled(cleanMap(doc), 'Ad').futureStatus).toBe('removed');
    expectOneUndoableStep(doc, () => removeInFuture(doc, [chat]));
    expect(cleanMap(doc).touchpoints.some((t) => t.id === chat)).toBe(false);
    expect(cleanMap(doc).touchpoints.some((t) => t.id === ad)).toBe(true);
  });

  it('a duplicate made in the future view exists only in the future, in one undo step', () => {
    const { doc, search, pay } = withFuture();
    const made = expectOneUndoableStep(doc, () =>
      makeInFuture(doc, () => duplicateSelected(doc, null, [search, pay]), duplicatedCards),
    );
    const copies = duplicatedCards(made);
    expect(copies).toHaveLength(2);
    const map = cleanMap(doc);
    for (const id of copies) expect(map.touchpoints.find((t) => t.id === id)?.futureStatus).toBe('added');
    // The originals keep theirs; the current state does not show the copies.
    expect(touchpointTitled(map, 'Pay').futureStatus).toBe('changed');
    const current = variantOf(map, 'current').touchpoints.map((t) => t.id);
    expect(copies.some((id) => current.includes(id))).toBe(false);
    discardFutureState(doc);
    expectRefused(
      doc,
      () => makeInFuture(doc, () => duplicateSelected(doc, null, [search]), duplicatedCards),
      /no future state/,
    );
  });

  it('two people writing what changes at once both keep their words (collaborative text)', () => {
    const { doc, pay } = withFuture();
    setFutureNote(doc, pay, 'Pay by link');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const target = { kind: 'touchpoint', id: pay, field: 'futureNote' } as const;
    editText(doc, target, { index: 11, remove: 0, insert: ', no call' });
    editText(other, target, { index: 0, remove: 0, insert: 'SMS first. ' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    for (const d of [doc, other])
      expect(touchpointTitled(cleanMap(d), 'Pay').futureNote).toBe('SMS first. Pay by link, no call');
    // Starting the future state gives every card an empty note as text, so two first keystrokes
    // in an empty note do not race to create it: both people's words stay.
    const search = touchpointTitled(cleanMap(doc), 'Search').id;
    expect(touchpointTitled(cleanMap(doc), 'Search').futureNote).toBe('');
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    editText(doc, { ...target, id: search }, { index: 0, remove: 0, insert: 'Gone.' });
    editText(other, { ...target, id: search }, { index: 0, remove: 0, insert: 'Merged.' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    const note = touchpointTitled(cleanMap(doc), 'Search').futureNote!;
    expect(note).toHaveLength('Gone.Merged.'.length);
    expect(note).toContain('Gone.');
    expect(note).toContain('Merged.');
  });

  it('setting a future emotion on an unchanged card marks it changed; null status makes it unchanged', () => {
    const { doc, search } = withFuture();
    setFutureEmotion(doc, search, 2);
    expect(touchpointTitled(cleanMap(doc), 'Search').futureStatus).toBe('changed');
    setFutureStatus(doc, search, null);
    expect(touchpointTitled(cleanMap(doc), 'Search').futureStatus).toBeUndefined();
  });
});

describe('variantOf', () => {
  it('current hides added cards; future hides removed ones and shows future emotions', () => {
    const { doc } = withFuture();
    const map = cleanMap(doc);
    const current = variantOf(map, 'current');
    expect(current.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Ad', -1],
      ['Search', 1],
      ['Pay', -2],
    ]);
    const future = variantOf(map, 'future');
    expect(future.touchpoints.map((t) => [t.title, t.emotion])).toEqual([
      ['Search', 1],
      ['Pay', 1],
      ['Chat', 2],
    ]);
    // Ad's connection goes with it.
    expect(future.connections).toHaveLength(0);
    expect(current.connections).toHaveLength(1);
    // The layout of the future snapshot is the future curve.
    expect(layoutMap(future).curve.map((p) => p.emotion)).toEqual([1, 1, 2]);
  });

  it('the future view draws a card’s to-be emotion for every persona; elsewhere their own', () => {
    const { doc, pay, search } = withFuture();
    setPersonaEmotion(doc, pay, 'persona_dana', -1);
    setPersonaEmotion(doc, search, 'persona_dana', -2);
    const map = cleanMap(doc);
    const at = (view: 'current' | 'future', id: string) => {
      const shown = variantOf(map, view);
      return personaCurvePoints(shown, layoutMap(shown), 'persona_dana').find((p) => p.touchpointId === id)
        ?.emotion;
    };
    // Pay's to-be emotion is +1: Dana's -1 is the current state's.
    expect(at('future', pay)).toBe(1);
    expect(at('current', pay)).toBe(-1);
    // Search has no to-be emotion: Dana keeps hers in the future.
    expect(at('future', search)).toBe(-2);
  });

  it('"both" keeps the map itself, and a map without a future state is always as is', () => {
    const { doc } = withFuture();
    const map = cleanMap(doc);
    expect(variantOf(map, 'both')).toBe(map);
    const plain = cleanMap(handWorked().doc);
    expect(variantOf(plain, 'future')).toBe(plain);
  });

  it('badges come from the traits table, only in "both"', () => {
    const map = cleanMap(withFuture().doc);
    const badges = map.touchpoints.map((t) => futureBadge(t, 'both')?.text ?? null);
    expect(badges).toEqual(['Removed', null, 'Changed', 'New']);
    expect(map.touchpoints.map((t) => futureBadge(t, 'future'))).toEqual([null, null, null, null]);
    expect(futureBadge(touchpointTitled(map, 'Chat'), 'both')?.color).toBe('#16a34a');
  });

  it('"both" overlays the current curve (no added card) and the future one (no removed card)', () => {
    const map = cleanMap(withFuture().doc);
    const curves = variantCurves(map, layoutMap(map));
    expect(curves.current.map((p) => p.emotion)).toEqual([-1, 1, -2]);
    expect(curves.future.map((p) => p.emotion)).toEqual([1, 1, 2]);
    // Same x for a card in both states; the future point sits higher for a happier emotion.
    const payNow = curves.current[2]!;
    const payThen = curves.future[1]!;
    expect(payThen.x).toBe(payNow.x);
    expect(payThen.y).toBeLessThan(payNow.y);
  });
});

describe('futureDiff', () => {
  it('counts the statuses and the emotion delta per stage', () => {
    const { doc, search } = withFuture();
    setEmotion(doc, search, 1);
    const diff = futureDiff(cleanMap(doc));
    expect(diff.counts).toEqual({ added: 1, changed: 1, removed: 1 });
    const byName = Object.fromEntries(diff.stages.map((s) => [s.name, s]));
    expect(byName.Aware).toMatchObject({ current: 0, future: 1, delta: 1 });
    expect(byName.Buy).toMatchObject({ current: -2, future: 1.5, delta: 3.5 });
    expect(byName.Consider).toMatchObject({ current: null, future: null, delta: null });
  });
});

describe('the SVG export of a future state', () => {
  it('draws the chosen state: current without added cards, future without removed, both with badges and two curves', () => {
    const map = cleanMap(withFuture().doc);
    const current = renderMapSvg(map);
    expect(current).toContain('>Ad<');
    expect(current).not.toContain('>Chat<');
    const future = renderMapSvg(map, { variant: 'future' });
    expect(future).not.toContain('>Ad<');
    expect(future).toContain('>Chat<');
    const both = renderMapSvg(map, { variant: 'both' });
    expect(both).toContain('data-part="curve-current" data-points="-1,1,-2"');
    expect(both).toContain('data-part="curve-future" data-points="1,1,2"');
    expect(both.match(/data-part="future-badge"/g)).toHaveLength(3);
    expect(both).toContain('>NEW<');
    expect(both).toContain('>REMOVED<');
  });
});

describe('slotInMap', () => {
  it('numbers a drawn slot over the cards the view shows, then as the map numbers it', () => {
    const { doc, aware, buy, ad, search } = withFuture();
    const map = cleanMap(doc);
    const lane = touchpointTitled(map, 'Ad').laneId;
    const future = variantOf(map, 'future');
    const current = variantOf(map, 'current');
    // Future: Aware shows [Search] (Ad is removed); the map holds [Ad, Search].
    expect(slotInMap(map, future, { stageId: aware, laneId: lane }, 0)).toBe(1);
    expect(slotInMap(map, future, { stageId: aware, laneId: lane }, 1)).toBe(2);
    // Current: Buy shows [Pay] (Chat is only in the future); the end of Pay's cell stays before Chat.
    expect(slotInMap(map, current, { stageId: buy, laneId: lane }, 1)).toBe(1);
    // A move does not count the card moved: Search alone in the drawn cell goes after Ad.
    expect(slotInMap(map, future, { stageId: aware, laneId: lane }, 0, search)).toBe(1);
    // A view that hides nothing is the map.
    expect(slotInMap(map, map, { stageId: aware, laneId: lane }, 0, ad)).toBe(0);
  });
});
