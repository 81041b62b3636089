import { describe, expect, it } from 'vitest';
import { layoutMap } from '../../../model';
import { handMadeMap } from '../../../model/testing/insightMap';
import { buildEdges, buildNodes } from '../canvas/projection/buildNodes';
import type { TouchpointCardNode } from '../canvas/nodeTypes';
import { canvasFocus, UNOWNED } from './canvasFocus';

const cards = (nodes: ReturnType<typeof buildNodes>) =>
  new Map(nodes.filter((n): n is TouchpointCardNode => n.type === 'touchpoint').map((n) => [n.id, n.data]));

describe('canvasFocus', () => {
  const { map, ids } = handMadeMap();

  it('selecting a hub highlights what routes into it (through other hubs) and dims the rest', () => {
    const focus = canvasFocus(map, { kind: 'touchpoint', id: ids.H1 }, null);
    expect(focus?.kind).toBe('route');
    const data = cards(
      buildNodes(map, layoutMap(map), { kind: 'touchpoint', id: ids.H1 }, null, true, focus),
    );
    for (const id of [ids.A, ids.B, ids.H2, ids.N])
      expect(data.get(id)).toMatchObject({ highlight: 'route', dimmed: false });
    // The hub itself is neither dimmed nor highlighted; the card after it is dimmed.
    expect(data.get(ids.H1)).toMatchObject({ highlight: undefined, dimmed: false });
    expect(data.get(ids.R)).toMatchObject({ highlight: undefined, dimmed: true });
    const edges = buildEdges(map, null, focus);
    const emphasis = (from: string, to: string) =>
      edges.find((e) => e.source === from && e.target === to)?.data?.emphasis;
    expect(emphasis(ids.B, ids.H1)).toBe('route');
    expect(emphasis(ids.A, ids.H2)).toBe('route');
    expect(emphasis(ids.H1, ids.R)).toBe('dimmed');
  });

  it('a non-hub selection or no filter focuses nothing', () => {
    expect(canvasFocus(map, { kind: 'touchpoint', id: ids.A }, null)).toBeNull();
    expect(canvasFocus(map, null, null)).toBeNull();
  });

  it('the owner filter groups names like ownership() does, and UNOWNED picks the cards with no owner', () => {
    expect([...(canvasFocus(map, null, 'Digital')?.ids ?? [])].sort()).toEqual([ids.B, ids.C].sort());
    expect([...(canvasFocus(map, null, UNOWNED)?.ids ?? [])].sort()).toEqual([ids.N, ids.R].sort());
  });
});
