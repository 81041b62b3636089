import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initMapDoc, layoutMap, readMap } from '../../../model';
import { buildEdges, buildNodes } from './buildNodes';
import { edgesAmong, nodesNear, spanBox, viewSpan } from './cullToView';
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
      (t) => t.stageId === lastStage && !edges.some((e) => (e.source === t.id || e.target === t.id) && (ids.has(e.source) && ids.has(e.target))),
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
    const state = (x: number) => ({ transform: [x, 0, 1], width: 1000, height: 800 }) as unknown as ReactFlowState;
    const box = spanBox(viewSpan(state(-5000)));
    expect(box.x).toBeLessThanOrEqual(5000 - 1000);
    expect(box.x + box.width).toBeGreaterThanOrEqual(5000 + 2000);
    expect(viewSpan(state(-5000))).toBe(viewSpan(state(-5001)));
    expect(viewSpan(state(-5000))).not.toBe(viewSpan(state(-6000)));
  });
});
