import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  initMapDoc,
  layoutMap,
  readMap,
  updateNote,
  updateTouchpoint,
  type GridLayout,
  type JourneyMap,
} from '../../../../model';
import { NO_PEER_DRAGS } from '../../presence/peerDrags';
import type { Selection } from '../../store/editorStore';
import { cardKeys, cardNode, createCardCache, type NoteCardKey, type TouchpointCardKey } from './cardNode';
import { createCanvasProjection } from './createCanvasProjection';

/** The projection's nodes for one map (small: nothing is culled), as the canvas asks for them. */
function createNodeBuilder() {
  const project = createCanvasProjection();
  return (
    map: JourneyMap,
    layout: GridLayout,
    selection: Selection,
    group: readonly string[] | null,
    canEdit = true,
  ) =>
    project({
      map,
      layout,
      selection,
      group: group ?? [],
      ownerFilter: null,
      canEdit,
      drag: undefined,
      peerDrags: NO_PEER_DRAGS,
      span: '0:0:0:0',
    }).nodes;
}

function sample() {
  const doc = new Y.Doc();
  initMapDoc(doc, 'sample');
  const { map } = readMap(doc);
  return { doc, map, layout: layoutMap(map) };
}

describe('createNodeBuilder', () => {
  it('builds again only the cards whose record, place or selection changed', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    let { map } = readMap(doc);
    let layout = layoutMap(map);
    const build = createNodeBuilder();
    const first = build(map, layout, null, null);
    const [a, b] = map.touchpoints;
    updateTouchpoint(doc, a!.id, { title: 'Renamed' });
    map = readMap(doc, map).map;
    layout = layoutMap(map, undefined, layout);
    const renamed = build(map, layout, null, null);
    const changed = renamed.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed).toEqual([a!.id]);
    const card = renamed.find((n) => n.id === a!.id)!;
    expect(card.type === 'touchpoint' && card.data.touchpoint.title).toBe('Renamed');
    // Selecting a card is a session input: that card's node changes, and only it.
    const selected = build(map, layout, { kind: 'touchpoint', id: b!.id }, null);
    expect(selected.filter((n, i) => n !== renamed[i]).map((n) => n.id)).toEqual([b!.id]);
    expect(selected.find((n) => n.id === b!.id)!.selected).toBe(true);
    // Read-only: every card and note loses its drag and connect handles.
    const readOnly = build(map, layout, { kind: 'touchpoint', id: b!.id }, null, false);
    for (const n of readOnly.filter((x) => x.type === 'touchpoint' || x.type === 'note')) {
      expect(n.draggable).toBe(false);
      expect(n).not.toBe(selected.find((s) => s.id === n.id));
    }
    // Nothing changed: the same array.
    expect(build(map, layout, { kind: 'touchpoint', id: b!.id }, null, false)).toBe(readOnly);
  });

  it('shows a linked note the new title of its card', () => {
    const { doc, map: unlinked } = sample();
    const [note] = unlinked.notes;
    const [card] = unlinked.touchpoints;
    updateNote(doc, note!.id, { touchpointId: card!.id });
    const map = readMap(doc, unlinked).map;
    const layout = layoutMap(map);
    const build = createNodeBuilder();
    const first = build(map, layout, null, null).find((n) => n.id === note!.id)!;
    expect(first.type === 'note' && first.data.touchpointTitle).toBe(card!.title);
    updateTouchpoint(doc, card!.id, { title: 'Retitled' });
    const next = readMap(doc, map).map;
    const nodes = build(next, layoutMap(next, undefined, layout), null, null);
    const drawn = nodes.find((n) => n.id === note!.id)!;
    expect(drawn.type === 'note' && drawn.data.touchpointTitle).toBe('Retitled');
  });
});

describe('card cache', () => {
  const { map, layout } = sample();
  const keys = cardKeys(map, layout, { selection: null, group: null, canEdit: true, focus: null });
  const tpKey = keys.find((k): k is TouchpointCardKey => k.kind === 'touchpoint')!;
  const noteKey = keys.find((k): k is NoteCardKey => k.kind === 'note')!;
  const otherRect = { ...tpKey.rect, x: tpKey.rect.x + 232 };

  // Every field of a card's key, changed: the compiler checks the table names them all.
  const touchpointChanges = {
    kind: undefined,
    touchpoint: { ...tpKey.touchpoint, title: 'Changed', locked: !tpKey.touchpoint.locked },
    rect: otherRect,
    selected: !tpKey.selected,
    canEdit: !tpKey.canEdit,
    needsOwner: !tpKey.needsOwner,
    routesIn: tpKey.routesIn + 3,
    routesViaHubs: tpKey.routesViaHubs + 2,
    highlight: 'owner',
    dimmed: !tpKey.dimmed,
    overdue: tpKey.overdue + 2,
    overdueTip: 'Call back — due 2026-01-05',
    evidence: tpKey.evidence === 'observed' ? 'measured' : 'observed',
  } satisfies { [K in keyof TouchpointCardKey]: TouchpointCardKey[K] | undefined };
  const noteChanges = {
    kind: undefined,
    note: { ...noteKey.note, text: 'Changed' },
    rect: { ...noteKey.rect, y: noteKey.rect.y + 104 },
    selected: !noteKey.selected,
    canEdit: !noteKey.canEdit,
    touchpointTitle: `${noteKey.touchpointTitle ?? ''} changed`,
    overdue: noteKey.overdue + 1,
    overdueTip: 'Fix the form — due 2026-01-05',
    evidence: noteKey.evidence === 'observed' ? 'measured' : 'observed',
  } satisfies { [K in keyof NoteCardKey]: NoteCardKey[K] | undefined };

  const cases = [
    ...Object.entries(touchpointChanges).map(([field, value]) => ({ base: tpKey, field, value })),
    ...Object.entries(noteChanges).map(([field, value]) => ({ base: noteKey, field, value })),
  ].filter((c) => c.value !== undefined);

  it.each(cases.map((c) => [`${c.base.kind}.${c.field}`, c] as const))(
    'a card updates when its key’s %s changes',
    (_name, { base, field, value }) => {
      const cache = createCardCache();
      const [before] = cache([base]);
      expect(cache([{ ...base }])[0]).toBe(before);
      const changedKey: typeof base = { ...base, [field]: value };
      const [after] = cache([changedKey]);
      expect(after).not.toBe(before);
      expect(after).toEqual(cardNode(changedKey));
      expect(after).not.toEqual(before);
    },
  );

  it('keeps a moved card’s data object, so its component does not render again', () => {
    const cache = createCardCache();
    const [before] = cache([tpKey]);
    const [after] = cache([{ ...tpKey, rect: otherRect }]);
    expect(after!.position).toEqual({ x: otherRect.x, y: otherRect.y });
    expect(after!.data).toBe(before!.data);
  });
});
