/**
 * The crowded map of issue 14 as a map file (the JSON `POST /api/maps/import` takes): 8 stages named
 * "Stage 1" … "Stage 8", each with 15 cards in the Touchpoints lane (120 cards), varied channels,
 * owners and emotions. Laid out one card row per cell, its 2× PNG was 32,568 px wide and Fit showed
 * 2 of 8 stages. Built with the model's own commands.
 */
import * as Y from 'yjs';
import { addStage, addTouchpoint, readMap, type Channel, type Emotion } from '..';
import { buildMapFile } from '../export';
import { initMapDoc } from '../templates/initMapDoc';

export const CROWDED_STAGES = 8;
export const CROWDED_CARDS_PER_STAGE = 15;
const CHANNELS: Channel[] = ['web', 'mobileApp', 'email', 'phone', 'chat', 'inPerson'];
const EMOTIONS: Emotion[] = [-2, -1, 0, 1, 2];

export function crowdedMapFile(title = 'Crowded map'): unknown {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  let map = readMap(doc).map;
  // The blank map's stages are renamed to "Stage n" so a test can name each one.
  doc.transact(() => {
    for (let i = map.stages.length; i < CROWDED_STAGES; i++) addStage(doc, { name: `Stage ${i + 1}` });
  });
  map = readMap(doc).map;
  const touchpoints = map.lanes.find((l) => l.kind === 'touchpoints')!;
  doc.transact(() => {
    map.stages.forEach((stage, s) => {
      for (let k = 0; k < CROWDED_CARDS_PER_STAGE; k++) {
        const n = s * CROWDED_CARDS_PER_STAGE + k;
        addTouchpoint(doc, {
          stageId: stage.id,
          laneId: touchpoints.id,
          title: `Card ${n + 1}`,
          channel: CHANNELS[n % CHANNELS.length],
          owner: n % 9 === 0 ? '' : `Team ${n % 4}`,
          emotion: EMOTIONS[n % EMOTIONS.length],
        });
      }
    });
  });
  const file = buildMapFile(readMap(doc).map);
  doc.destroy();
  const named = file.map.stages.map((s, i) => ({ ...s, name: `Stage ${i + 1}` }));
  return { ...file, map: { ...file.map, stages: named, info: { ...file.map.info, title } } };
}
