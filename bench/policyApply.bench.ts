/**
 * What the server's write rules cost per ordinary client update: N card edits (typing a title, an
 * emotion) applied through `applyWithPolicy` to a 500-card map with a seat holder, an open vote with
 * 40 voters' ballots and 25 locked cards, next to plain `Y.applyUpdate` of the same updates. Prints
 * µs per update; asserts nothing. Run: npx tsx bench/policyApply.bench.ts [--edits 2000]
 */
import * as Y from 'yjs';
import { castVote, editText, setCardLocked, setEmotion } from '../model';
import { applyWithPolicy } from '../server/policy/applyWithPolicy';
import { HOST, workshopDoc } from '../server/testing/workshopDoc';

const CARDS = 500;
const VOTERS = 40;
const LOCKED = 25;
const flag = process.argv.indexOf('--edits');
const EDITS = flag > 0 ? Number(process.argv[flag + 1]) : 2000;

const { doc: server, ids } = workshopDoc({
  cards: CARDS,
  votesPerPerson: 3,
  cardLanes: ['touchpoints', 'backstage'],
});
const host = HOST;
for (let v = 0; v < VOTERS; v++) {
  for (let k = 0; k < 3; k++)
    castVote(server, { userId: `p_voter${v}`, name: `V${v}` }, ids[(v * 7 + k) % CARDS]!);
}
for (let i = 0; i < LOCKED; i++) setCardLocked(server, host, ids[i * 20]!, true);

/** The editor's updates, recorded once on a copy of the map, replayed onto fresh copies. */
const client = new Y.Doc();
Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
const updates: Uint8Array[] = [];
client.on('update', (u: Uint8Array) => updates.push(u));
for (let i = 0; i < EDITS; i++) {
  const id = ids[(i * 37) % CARDS]!;
  if (i % 4 === 3) setEmotion(client, id, ((i % 5) - 2) as -2 | -1 | 0 | 1 | 2);
  else editText(client, { kind: 'touchpoint', id, field: 'title' }, { index: 0, remove: 0, insert: 'x' });
}

function run(apply: (doc: Y.Doc, u: Uint8Array) => void): number {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  const started = performance.now();
  for (const u of updates) apply(doc, u);
  return ((performance.now() - started) * 1000) / updates.length;
}

const writer = { person: 'p_editor', isPresent: () => true };
const plain = (doc: Y.Doc, u: Uint8Array) => Y.applyUpdate(doc, u, 'client');
const policed = (doc: Y.Doc, u: Uint8Array) => {
  if (applyWithPolicy(doc, 'map', u, 'client', writer)) throw new Error('an ordinary edit was refused');
};
// Warm up both, then take the median of 5 turns each.
run(plain);
run(policed);
const turns = { plain: [] as number[], policy: [] as number[] };
for (let i = 0; i < 5; i++) {
  turns.plain.push(run(plain));
  turns.policy.push(run(policed));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `${updates.length} card edits on ${CARDS} cards (${VOTERS * 3} ballots, ${LOCKED} locked): ` +
    `Y.applyUpdate ${median(turns.plain).toFixed(1)} µs/update, ` +
    `applyWithPolicy ${median(turns.policy).toFixed(1)} µs/update`,
);
