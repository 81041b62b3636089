import { describe, expect, it } from 'vitest';
import { deleteStage, layoutMap, readMap, updateTouchpoint, type JourneyMap } from '../../../../model';
import { versionSummary } from '../../../../model/testing/versionSummary';
import { templateDoc } from '../../../../model/testing/testMaps';
import type { Highlight, HistoryPreview } from '../../store/editorStore';
import { createShownSnapshot } from './shownSnapshot';

const VERSION = versionSummary();

/** A sample map (the version), then live: its second stage deleted with its cards, one card renamed. */
function session() {
  const doc = templateDoc('sample', 1);
  const version = readMap(doc).map;
  const gone = version.stages[1]!;
  const goneCards = version.touchpoints.filter((t) => t.stageId === gone.id);
  const goneNotes = version.notes.filter((n) => n.stageId === gone.id);
  const renamed = version.touchpoints.find((t) => t.stageId !== gone.id)!;
  deleteStage(doc, gone.id, { touchpoints: 'delete' });
  updateTouchpoint(doc, renamed.id, { title: 'Renamed since' });
  const live = readMap(doc).map;
  return { doc, version, live, gone, goneCards, goneNotes, renamed };
}
const idsOf = (map: JourneyMap | null) => map?.touchpoints.map((t) => t.id) ?? [];

describe('the shown snapshot (History on the canvas)', () => {
  it('shows the live map and its own layout when nothing is previewed', () => {
    const { live } = session();
    const layout = layoutMap(live);
    const shown = createShownSnapshot()(live, layout, null, null);
    expect(shown.map).toBe(live);
    expect(shown.layout).toBe(layout);
    expect(shown.marks).toBeNull();
  });

  it('shows a previewed version in the live map’s place, laid out like it, unmarked', () => {
    const { live, version, goneCards } = session();
    const preview: HistoryPreview = { version: VERSION, map: version };
    const shown = createShownSnapshot()(live, layoutMap(live), preview, null);
    expect(shown.map).toBe(version);
    expect(shown.layout).toEqual(layoutMap(version));
    expect(shown.marks).toBeNull();
    expect(goneCards.every((t) => shown.layout?.cards.has(t.id))).toBe(true);
  });

  it('compares: the live map with the removed stage and cards put back where they were, all marked', () => {
    const { live, version, gone, goneCards, goneNotes, renamed } = session();
    const preview: HistoryPreview = { version: VERSION, map: version };
    const highlight: Highlight = { kind: 'compare', base: version };
    const shown = createShownSnapshot()(live, layoutMap(live), preview, highlight);
    expect(shown.map?.stages.map((s) => s.id)).toEqual(version.stages.map((s) => s.id));
    expect(idsOf(shown.map)).toEqual(idsOf(version));
    expect(shown.map?.notes.map((n) => n.id)).toEqual(version.notes.map((n) => n.id));
    expect(shown.map?.stages.find((s) => s.id === gone.id)).toEqual(gone);
    for (const t of goneCards) expect(shown.marks?.get(t.id)).toBe('removed');
    for (const n of goneNotes) expect(shown.marks?.get(n.id)).toBe('removed');
    expect(shown.marks?.get(renamed.id)).toBe('changed');
    expect(goneCards.length).toBeGreaterThan(0);
    // Every card, the ghosts too, has its place on the canvas.
    expect(idsOf(shown.map).every((id) => shown.layout?.cards.has(id))).toBe(true);
  });

  it('marks the live map only for "changed since the session began", and diffs once per live snapshot', () => {
    const { doc, live, version, goneCards, renamed } = session();
    const layout = layoutMap(live);
    const shownOf = createShownSnapshot();
    const highlight: Highlight = { kind: 'session', base: version };
    const first = shownOf(live, layout, null, highlight);
    expect(first.map).toBe(live);
    expect(first.layout).toBe(layout);
    expect(first.marks?.get(renamed.id)).toBe('changed');
    expect(goneCards.some((t) => first.marks?.get(t.id) === 'removed')).toBe(true);
    // The same live snapshot again: the very same result (React Flow skips it).
    expect(shownOf(live, layout, null, highlight)).toBe(first);
    // A new live snapshot is diffed again.
    updateTouchpoint(doc, renamed.id, { title: version.touchpoints.find((t) => t.id === renamed.id)!.title });
    const next = readMap(doc, live).map;
    expect(shownOf(next, layoutMap(next), null, highlight).marks?.has(renamed.id)).toBe(false);
  });

  it('a preview without compare ignores the session overlay (the past has no "since")', () => {
    const { live, version } = session();
    const preview: HistoryPreview = { version: VERSION, map: version };
    const shown = createShownSnapshot()(live, layoutMap(live), preview, { kind: 'session', base: version });
    expect(shown.map).toBe(version);
    expect(shown.marks).toBeNull();
  });
});
