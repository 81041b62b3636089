/**
 * How long the export renderer and the snapshot reader take on a workshop-sized map (240 cards).
 * Prints figures; asserts nothing (machines here are shared and noisy). Run: npx tsx bench/renderMapSvg.bench.ts
 */
import * as Y from 'yjs';
import { addTouchpoint, CHANNELS, initMapDoc, readMap } from '../model';
import { renderMapSvg } from '../model/export';

const CARDS = 240;
const doc = new Y.Doc();
initMapDoc(doc, 'blank');
const base = readMap(doc).map;
const cardLanes = base.lanes.filter((l) => l.kind === 'touchpoints' || l.kind === 'backstage');
for (let i = 0; i < CARDS; i++) {
  addTouchpoint(doc, {
    stageId: base.stages[i % base.stages.length]!.id,
    laneId: cardLanes[i % 2]!.id,
    title: `Touchpoint ${i}`,
    channel: CHANNELS[i % CHANNELS.length],
    owner: 'Contact center',
    emotion: (i % 5) - 2,
  });
}

function median(run: () => void, times = 15): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] ?? 0;
}

const map = readMap(doc).map;
let svgLength = 0;
const readMs = median(() => void readMap(doc));
const readPrevMs = median(() => void readMap(doc, map));
const svgMs = median(() => {
  svgLength = renderMapSvg(map).length;
});
console.log(`cards: ${CARDS}`);
console.log(`readMap (fresh):          ${readMs.toFixed(2)} ms median`);
console.log(`readMap (reusing prev):   ${readPrevMs.toFixed(2)} ms median`);
console.log(`renderMapSvg:             ${svgMs.toFixed(2)} ms median, ${(svgLength / 1024).toFixed(0)} KiB`);
