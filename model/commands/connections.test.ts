import { describe, expect, it } from 'vitest';
import { connectionId } from '../records/connection';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { connect, disconnect, setConnectionDetails } from './connections';
import { addTouchpoint, deleteTouchpoint } from './touchpoints';

function twoCards() {
  const doc = templateDoc();
  const stageId = stageNamed(cleanMap(doc), 'Aware').id;
  const web = addTouchpoint(doc, { stageId, title: 'Tracking page', channel: 'web' });
  const phone = addTouchpoint(doc, { stageId, title: 'Call support', channel: 'phone' });
  return { doc, web, phone, stageId };
}

describe('connect', () => {
  it('adds an edge with an id derived from its ends, in one undoable step', () => {
    const { doc, web, phone } = twoCards();
    const id = expectOneUndoableStep(doc, () => connect(doc, web, phone, 'page fails'));
    expect(id).toBe(connectionId(web, phone));
    expect(cleanMap(doc).connections).toEqual([{ id, from: web, to: phone, label: 'page fails' }]);
  });

  it('is idempotent: drawing the same edge again updates it instead of adding another', () => {
    const { doc, web, phone } = twoCards();
    connect(doc, web, phone);
    connect(doc, web, phone, 'second try');
    expect(cleanMap(doc).connections).toEqual([
      { id: connectionId(web, phone), from: web, to: phone, label: 'second try' },
    ]);
  });

  it('keeps the reason and volume of a route drawn again without a label', () => {
    const { doc, web, phone } = twoCards();
    const id = connect(doc, web, phone, 'page fails');
    setConnectionDetails(doc, id, { volume: 300 });
    connect(doc, web, phone);
    expect(cleanMap(doc).connections).toEqual([
      { id, from: web, to: phone, label: 'page fails', volume: 300 },
    ]);
  });

  it('treats the reverse direction as a different edge', () => {
    const { doc, web, phone } = twoCards();
    connect(doc, web, phone);
    connect(doc, phone, web);
    const edges = cleanMap(doc).connections.map((c) => `${c.from}->${c.to}`);
    expect(edges.sort()).toEqual([`${web}->${phone}`, `${phone}->${web}`].sort());
  });

  it('refuses self-loops, unknown or deleted ends and over-long labels, writing nothing', () => {
    const { doc, web, phone, stageId } = twoCards();
    expectRefused(doc, () => connect(doc, web, web), /itself/);
    expectRefused(doc, () => connect(doc, web, 'tp_missing'), /does not exist/);
    expectRefused(doc, () => connect(doc, 'tp_missing', phone), /does not exist/);
    expectRefused(doc, () => connect(doc, web, phone, 'l'.repeat(201)));
    const gone = addTouchpoint(doc, { stageId });
    deleteTouchpoint(doc, gone);
    expectRefused(doc, () => connect(doc, web, gone), /does not exist/);
  });
});

describe('disconnect', () => {
  it('removes the edge in one undoable step and keeps both cards', () => {
    const { doc, web, phone } = twoCards();
    const id = connect(doc, web, phone);
    expectOneUndoableStep(doc, () => disconnect(doc, id));
    const map = cleanMap(doc);
    expect(map.connections).toEqual([]);
    expect(map.touchpoints.map((t) => t.id).sort()).toEqual([web, phone].sort());
  });

  it('refuses an unknown edge, writing nothing', () => {
    const { doc, web, phone } = twoCards();
    connect(doc, web, phone);
    expectRefused(doc, () => disconnect(doc, connectionId(phone, web)), /does not exist/);
  });
});
