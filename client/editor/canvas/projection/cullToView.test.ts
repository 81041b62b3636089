import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initMapDoc, layoutMap, moveTouchpoint, readMap, updateTouchpoint } from '../../../../model';
import { writeMapFileToDoc } from '../../../../model/export';
import { bigMapFile } from '../../../../model/testing/bigMapFile';
import { buildEdges, buildNodes } from './buildNodes';
import { createCuller, edgesAmong, keepNear, nodesNear, spanBox, viewSpan } from './cullToView';
import type { ReactFlowState } from '@xyflow/react';

function sample() {
  const doc = new Y.Doc();
  initMapDoc(doc, 'sample');
  const { map } = readMap(doc);
  const layout = layoutMap(map);
  return { map, layout, nodes: buildNodes(map, layout, null, null), edges: buildEdges(map, null) };
}

describe('nodesNear', () => {
  it('keeps every non-card node, the cards in the box and both ends of routes touching them', () => {
    const { map, layout, nodes, edges } = sample();
    const first = layout.columns[0]!;
    const box = { x: first.x, y: 0, width: first.width, height: layout.height };
    const kept = nodesNear(nodes, edges, box);
    const ids = new Set(kept.map((n) => n.id));
    for (const n of nodes) if (n.type !== 'touchpoint' && n.type !== 'note') expect(ids.has(n.id)).toBe(true);
    const inFirst = map.touchpoints.filter((t) => t.stageId === first.stageId);
    expect(inFirst.length).toBeGreaterThan(0);
    for (const t of inFirst) expect(ids.has(t.id)).toBe(true);
    // A route from a card in view keeps its far end; every kept edge has both ends.
    const shown = edgesAmong(edges, kept);
    for (const e of edges)
      if (ids.has(e.source) || ids.has(e.target)) expect(shown.map((s) => s.id)).toContain(e.id);
    for (const e of shown) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    // Cards far from the view and from its routes are left out.
    const lastStage = map.stages.at(-1)!.id;
    const far = map.touchpoints.filter(
      (t) =>
        t.stageId === lastStage &&
        !edges.some(
          (e) => (e.source === t.id || e.target === t.id) && ids.has(e.source) && ids.has(e.target),
        ),
    );
    for (const t of far) expect(ids.has(t.id)).toBe(false);
    expect(kept.length).toBeLessThan(nodes.length);
  });

  it('keeps selected cards wherever they are (a group drag moves them all)', () => {
    const { nodes, edges } = sample();
    const card = nodes.filter((n) => n.type === 'touchpoint').at(-1)!;
    const selected = nodes.map((n) => (n.id === card.id ? { ...n, selected: true } : n));
    const kept = nodesNear(selected, edges, { x: -10_000, y: -10_000, width: 10, height: 10 });
    expect(kept.map((n) => n.id)).toContain(card.id);
  });
});

describe('viewSpan', () => {
  it('covers the view with a view-size margin and changes only per 512 px step', () => {
    const state = (x: number) =>
      ({ transform: [x, 0, 1], width: 1000, height: 800 }) as unknown as ReactFlowState;
    const box = spanBox(viewSpan(state(-5000)));
    expect(box.x).toBeLessThanOrEqual(5000 - 1000);
    expect(box.x + box.width).toBeGreaterThanOrEqual(5000 + 2000);
    expect(viewSpan(state(-5000))).toBe(viewSpan(state(-5001)));
    expect(viewSpan(state(-5000))).not.toBe(viewSpan(state(-6000)));
  });
});

describe('createCuller', () => {
  it('hands back the same array when an edit changed nothing near the view, and a new one when it did', () => {
    const doc = new Y.Doc();
    writeMapFileToDoc(doc, bigMapFile(300, 'Cull') as never);
    let { map } = readMap(doc);
    let layout = layoutMap(map);
    const cull = createCuller();
    const build = () => cull(buildNodes(map, layout, null, null), buildEdges(map, null), box);
    const first = layout.columns[0]!;
    const box = { x: first.x, y: 0, width: first.width, height: layout.height };
    const before = build();
    const ids = new Set(before.map((n) => n.id));
    // A card far from the view and from its routes moves within the last stage: the grid is held
    // (as while this tab drags), so nothing near the view changes.
    const last = map.stages.at(-1)!;
    const far = map.touchpoints.find((t) => t.stageId === last.id && !ids.has(t.id))!;
    moveTouchpoint(doc, far.id, { stageId: last.id, laneId: far.laneId, index: 0 });
    map = readMap(doc, map).map;
    layout = layoutMap(map, layout, layout);
    expect(build()).toBe(before);
    // A card in view changes its title: a new array with a new node for it, the others kept.
    const near = map.touchpoints.find((t) => t.stageId === first.stageId)!;
    updateTouchpoint(doc, near.id, { title: 'Renamed in view' });
    map = readMap(doc, map).map;
    layout = layoutMap(map, layout, layout);
    const after = build();
    expect(after).not.toBe(before);
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual([near.id]);
  });

  it('draws only the emotion points near the view on a big map, and keeps them when they did not change', () => {
    const doc = new Y.Doc();
    // 700 cards: 240 of them in the Touchpoints lane, whose cards alone make the curve.
    writeMapFileToDoc(doc, bigMapFile(700, 'Curve') as never);
    const { map } = readMap(doc);
    const layout = layoutMap(map);
    const first = layout.columns[0]!;
    const box = { x: first.x, y: 0, width: first.width, height: layout.height };
    const curve = (nodes: readonly { type?: string; data: unknown }[]) =>
      nodes.find((n) => n.type === 'emotionCurve')!.data as { points: readonly { x: number }[]; min: number };
    const cull = createCuller();
    const nodes = buildNodes(map, layout, null, null);
    const drawn = curve(cull(nodes, buildEdges(map, null), box));
    expect(drawn.points.length).toBeLessThan(layout.curve.length);
    // Every point in the box is drawn, plus at most two beyond each end.
    const inBox = layout.curve.filter((p) => p.x >= box.x && p.x <= box.x + box.width);
    expect(drawn.points.length).toBeGreaterThanOrEqual(inBox.length);
    expect(drawn.points.length).toBeLessThanOrEqual(inBox.length + 4);
    expect(drawn.min).toBe(
      Math.min(...layout.curve.map((p) => (p as unknown as { emotion: number }).emotion)),
    );
    // Built again from equal nodes: the same points array.
    const again = curve(cull(buildNodes(map, layout, null, null), buildEdges(map, null), box));
    expect(again.points).toBe(drawn.points);
  });
});

describe('keepNear', () => {
  it("takes near's objects and adds the cards in the air, in the map's order", () => {
    const { nodes, edges, layout } = sample();
    const first = layout.columns[0]!;
    const near = nodesNear(nodes, edges, { x: first.x, y: 0, width: first.width, height: layout.height });
    const far = nodes.filter((n) => n.type === 'touchpoint' && !near.includes(n)).at(-1)!;
    const moved = { ...far, position: { x: 1, y: 1 } };
    const inAir = nodes.map((n) => (n.id === far.id ? moved : n));
    const kept = keepNear(inAir, near, new Map([[far.id, { x: 1, y: 1 }]]));
    expect(kept).toContain(moved);
    expect(kept.filter((n) => n !== moved)).toEqual(near);
  });
});
