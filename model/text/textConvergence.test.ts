import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { addWhy, editText, removeWhy } from '../commands/textEdits';
import { CommandError } from '../commands/commandSupport';
import { LOCAL_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { makeRng, type Rng } from '../testing/randomCommands';
import { cloneDoc, pushUpdates, sameYState, syncDocs } from '../testing/syncDocs';
import { templateDoc } from '../testing/testMaps';
import { readTextTarget, type TextTarget } from './textTarget';

/**
 * Three people type into the same few fields at once, the way a workshop does: each keystroke is an
 * edit of the field as that person sees it (editText), updates travel in random partial syncs. After
 * a full sync every doc shows the same text, and — in the insert-only runs — every character anyone
 * typed is there exactly once.
 */
const SEEDS = [1, 7, 42, 2026, 31337];

function targets(doc: Y.Doc): TextTarget[] {
  const map = readMap(doc).map;
  const pain = map.notes.find((n) => n.kind === 'painPoint')!;
  return [
    { kind: 'map', field: 'title' },
    { kind: 'map', field: 'goal' },
    { kind: 'stage', id: map.stages[0]!.id, field: 'name' },
    { kind: 'touchpoint', id: map.touchpoints[0]!.id, field: 'title' },
    { kind: 'touchpoint', id: map.touchpoints[0]!.id, field: 'description' },
    { kind: 'note', id: pain.id, field: 'text' },
    { kind: 'why', id: pain.id, index: 0 },
  ];
}

function setup(seed: number) {
  const rng = makeRng(seed);
  const first = templateDoc('sample', 1);
  const pain = readMap(first).map.notes.find((n) => n.kind === 'painPoint')!;
  addWhy(first, pain.id, 'Feed is stale', LOCAL_ORIGIN);
  const docs = [first, cloneDoc(first, 2), cloneDoc(first, 3)];
  return { rng, docs, fields: targets(first) };
}

/** A random partial exchange: some docs hear from some others. */
function gossip(rng: Rng, docs: Y.Doc[]) {
  for (let i = 0; i < docs.length; i++)
    if (rng.next() < 0.4) pushUpdates(docs[rng.int(docs.length)]!, docs[i]!);
}

const texts = (doc: Y.Doc, fields: TextTarget[]) => fields.map((t) => readTextTarget(readMap(doc).map, t));

describe('collaborative text under concurrent typing', () => {
  it.each(SEEDS)('seed %i: insert-only typing converges and keeps every character once', (seed) => {
    const { rng, docs, fields } = setup(seed);
    const before = texts(docs[0]!, fields);
    // Each typed character is unique across the run (a private-use code point per keystroke).
    let next = 0xe000;
    const typed: string[] = [];
    for (let round = 0; round < 80; round++) {
      const doc = docs[rng.int(docs.length)]!;
      const target = rng.pick(fields)!;
      const current = readTextTarget(readMap(doc).map, target) ?? '';
      const burst = Array.from({ length: 1 + rng.int(3) }, () => String.fromCharCode(next++)).join('');
      typed.push(...burst);
      editText(doc, target, { index: rng.int(current.length + 1), remove: 0, insert: burst }, LOCAL_ORIGIN);
      gossip(rng, docs);
    }
    syncDocs(...docs);
    const after = texts(docs[0]!, fields);
    for (const doc of docs.slice(1)) {
      expect(texts(doc, fields)).toEqual(after);
      expect(sameYState(doc, docs[0]!)).toBe(true);
    }
    const all = after.join('');
    for (const ch of typed) expect(all.split(ch)).toHaveLength(2);
    // The text that was there first is still there, in order, around what was typed into it.
    after.forEach((text, i) => {
      expect([...(text ?? '')].filter((c) => c.charCodeAt(0) < 0xe000).join('')).toBe(before[i]);
    });
  });

  it.each(SEEDS)(
    'seed %i: typing, selecting over text and deleting converge with whys added and removed',
    (seed) => {
      const { rng, docs, fields } = setup(seed);
      const pain = fields.find((f) => f.kind === 'note')!;
      for (let round = 0; round < 120; round++) {
        const doc = docs[rng.int(docs.length)]!;
        const roll = rng.next();
        try {
          if (roll < 0.08) addWhy(doc, (pain as { id: string }).id, `why ${round}`, LOCAL_ORIGIN);
          else if (roll < 0.12) removeWhy(doc, (pain as { id: string }).id, rng.int(3), LOCAL_ORIGIN);
          else {
            const target = rng.pick(fields)!;
            const current = readTextTarget(readMap(doc).map, target) ?? '';
            const index = rng.int(current.length + 1);
            const remove = rng.next() < 0.4 ? rng.int(Math.min(6, current.length - index) + 1) : 0;
            editText(
              doc,
              target,
              { index, remove, insert: rng.next() < 0.8 ? `r${round}` : '' },
              LOCAL_ORIGIN,
            );
          }
        } catch (err) {
          // A why that another person removed, or a sixth why: refused, nothing written.
          if (!(err instanceof CommandError)) throw err;
        }
        gossip(rng, docs);
      }
      syncDocs(...docs);
      const after = readMap(docs[0]!);
      expect(after.problems).toEqual([]);
      for (const doc of docs.slice(1)) {
        expect(readMap(doc).map).toEqual(after.map);
        expect(sameYState(doc, docs[0]!)).toBe(true);
      }
    },
  );
});
