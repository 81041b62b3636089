import { describe, expect, it } from 'vitest';
import { connect, disconnect, setConnectionDetails } from '../commands/connections';
import { renameLane, setLaneVisible } from '../commands/lanes';
import { setMapInfo } from '../commands/mapInfo';
import { addNote, deleteNote, moveNote, updateNote } from '../commands/notes';
import { addStage, deleteStage, moveStage, renameStage } from '../commands/stages';
import { addTouchpoint, deleteTouchpoint, moveTouchpoint, updateTouchpoint } from '../commands/touchpoints';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from '../testing/testMaps';
import { diffMaps } from './mapDiff';

function session() {
  const doc = templateDoc();
  const map = cleanMap(doc);
  const aware = stageNamed(map, 'Aware').id;
  const buy = stageNamed(map, 'Buy').id;
  const card = addTouchpoint(doc, { stageId: aware, title: 'Landing page', owner: 'Web team' });
  const other = addTouchpoint(doc, { stageId: aware, title: 'Ad' });
  const pain = addNote(doc, { kind: 'painPoint', stageId: aware, text: 'Slow page' });
  return { doc, aware, buy, card, other, pain, before: cleanMap(doc) };
}

describe('diffMaps', () => {
  it('finds nothing between a map and itself', () => {
    const { before } = session();
    expect(diffMaps(before, before)).toEqual({
      changes: [],
      info: [],
      counts: { added: 0, removed: 0, changed: 0 },
    });
  });

  it('lists cards and notes added and removed, by id, with their stage', () => {
    const { doc, buy, card, pain, before } = session();
    const added = addTouchpoint(doc, { stageId: buy, title: 'Checkout' });
    const note = addNote(doc, { kind: 'opportunity', stageId: buy, text: 'One-click pay' });
    deleteTouchpoint(doc, card);
    deleteNote(doc, pain);
    const diff = diffMaps(before, cleanMap(doc));
    expect(diff.changes.map((c) => [c.kind, c.change, c.title, c.stageId])).toEqual([
      ['touchpoint', 'added', 'Checkout', buy],
      ['touchpoint', 'removed', 'Landing page', before.stages[0]!.id],
      ['note', 'added', 'One-click pay', buy],
      ['note', 'removed', 'Slow page', before.stages[0]!.id],
    ]);
    expect(diff.changes.map((c) => c.id)).toEqual([added, card, note, pain]);
    expect(diff.counts).toEqual({ added: 2, removed: 2, changed: 0 });
  });

  it('gives each changed field with its label and people-facing values', () => {
    const { doc, buy, card, before } = session();
    updateTouchpoint(doc, card, {
      title: 'Home page',
      channel: 'phone',
      emotion: -2,
      owner: 'Growth',
      description: 'First visit',
      hub: 'notHub',
      voc: { nps: -20, csat: 2, sampleSize: 40 },
    });
    moveTouchpoint(doc, card, { stageId: buy, laneId: laneOfKind(before, 'backstage').id });
    const [change] = diffMaps(before, cleanMap(doc)).changes;
    expect(change).toMatchObject({ kind: 'touchpoint', id: card, change: 'changed', title: 'Home page' });
    expect(change!.fields).toEqual([
      { field: 'title', label: 'Title', before: 'Landing page', after: 'Home page' },
      { field: 'stageId', label: 'Stage', before: 'Aware', after: 'Buy' },
      { field: 'laneId', label: 'Lane', before: 'Touchpoints', after: 'Backstage' },
      { field: 'channel', label: 'Channel', before: 'Web', after: 'Phone' },
      { field: 'owner', label: 'Owner', before: 'Web team', after: 'Growth' },
      { field: 'description', label: 'Description', before: '', after: 'First visit' },
      { field: 'emotion', label: 'Emotion', before: 'Neutral', after: 'Frustrated' },
      { field: 'hub', label: 'Hub', before: 'Auto', after: 'Not a hub' },
      { field: 'voc.nps', label: 'NPS', before: '', after: '-20' },
      { field: 'voc.csat', label: 'CSAT', before: '', after: '2' },
      { field: 'voc.sampleSize', label: 'Sample size', before: '', after: '40' },
    ]);
  });

  it('shows a note’s whys joined, its owner and its stage by name', () => {
    const { doc, buy, pain, before } = session();
    updateNote(doc, pain, { whys: ['Big images', 'No CDN'] });
    moveNote(doc, pain, { stageId: buy });
    const [change] = diffMaps(before, cleanMap(doc)).changes;
    expect(change!.fields).toEqual([
      { field: 'stageId', label: 'Stage', before: 'Aware', after: 'Buy' },
      { field: 'whys', label: 'Whys', before: '', after: 'Big images; No CDN' },
    ]);
    expect(diffMaps(before, cleanMap(doc)).counts).toEqual({ added: 0, removed: 0, changed: 1 });
  });

  it('shows an opportunity’s card, CX area and owner, and routes added and removed by their ends', () => {
    const { doc, aware, card, other, before } = session();
    const route = connect(doc, card, other);
    const opp = addNote(doc, { kind: 'opportunity', stageId: aware, text: 'Faster page' });
    const mid = cleanMap(doc);
    updateNote(doc, opp, { touchpointId: card, cxArea: 'design', owner: 'Web team' });
    disconnect(doc, route);
    const diff = diffMaps(mid, cleanMap(doc));
    expect(diff.changes.map((c) => [c.kind, c.change, c.title])).toEqual([
      ['note', 'changed', 'Faster page'],
      ['connection', 'removed', 'Landing page → Ad'],
    ]);
    expect(diff.changes[0]!.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ['Card', '', 'Landing page'],
      ['CX area', '', 'Design'],
      ['Owner', '', 'Web team'],
    ]);
    expect(diffMaps(before, mid).changes.map((c) => [c.kind, c.change])).toEqual([
      ['note', 'added'],
      ['connection', 'added'],
    ]);
  });

  it('does not count a move inside the cell, nor a stage or lane reorder, as a change', () => {
    const { doc, aware, card, before } = session();
    moveTouchpoint(doc, card, { stageId: aware, index: 2 });
    moveStage(doc, before.stages[0]!.id, 3);
    expect(cleanMap(doc).touchpoints.find((t) => t.id === card)!.order).not.toBe(
      before.touchpoints.find((t) => t.id === card)!.order,
    );
    expect(diffMaps(before, cleanMap(doc)).changes).toEqual([]);
  });

  it('reports stages, lanes and routes, which are not counted as content', () => {
    const { doc, card, other, before } = session();
    const route = connect(doc, other, card);
    const mid = cleanMap(doc);
    renameStage(doc, before.stages[1]!.id, 'Compare');
    const added = addStage(doc, { name: 'Renew' });
    deleteStage(doc, before.stages[5]!.id, { touchpoints: 'delete' });
    renameLane(doc, laneOfKind(before, 'thoughts').id, 'Quotes');
    setLaneVisible(doc, laneOfKind(before, 'backstage').id, false);
    setConnectionDetails(doc, route, { label: 'asks', volume: 300 });
    const diff = diffMaps(mid, cleanMap(doc));
    expect(diff.changes.map((c) => [c.kind, c.change, c.title, c.fields.map((f) => f.after)])).toEqual([
      ['stage', 'changed', 'Compare', ['Compare']],
      ['stage', 'added', 'Renew', []],
      ['stage', 'removed', 'Loyalty', []],
      ['lane', 'changed', 'Quotes', ['Quotes']],
      ['lane', 'changed', 'Backstage', ['Hidden']],
      ['connection', 'changed', 'Ad → Landing page', ['asks', '300']],
    ]);
    expect(diff.changes.find((c) => c.id === added)).toBeDefined();
    expect(diff.changes.every((c) => c.stageId === null)).toBe(true);
    expect(diff.counts).toEqual({ added: 0, removed: 0, changed: 0 });
  });

  it('lists the map info that changed', () => {
    const { doc, before } = session();
    setMapInfo(doc, { title: 'Onboarding', goal: 'Open an account' });
    expect(diffMaps(before, cleanMap(doc)).info).toEqual([
      { field: 'title', label: 'Title', before: 'Untitled journey', after: 'Onboarding' },
      { field: 'goal', label: 'Goal', before: '', after: 'Open an account' },
    ]);
  });
});
