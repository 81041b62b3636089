/**
 * A journey map with N touchpoints as a map file (the JSON `POST /api/maps/import` takes): 20
 * stages, cards spread over three card lanes, a route every fifth card, channels and emotions
 * varied so cards differ as on a real map. Built with the model's own commands.
 */
import * as Y from 'yjs';
import { addStage, addTouchpoint, connect, readMap, type Channel, type Emotion } from '..';
import { buildMapFile } from '../export';
import { initMapDoc } from '../templates/initMapDoc';

const STAGES = 20;
const CHANNELS: Channel[] = ['web', 'mobileApp', 'phone', 'chat', 'email', 'inPerson', 'ivr', 'messaging'];
const EMOTIONS: Emotion[] = [-2, -1, 0, 1, 2];

export function bigMapFile(touchpoints: number, title: string): unknown {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  let map = readMap(doc).map;
  for (let i = map.stages.length; i < STAGES; i++) addStage(doc, { name: `Stage ${i + 1}` });
  map = readMap(doc).map;
  const lanes = map.lanes.filter(
    (l) => l.kind === 'touchpoints' || l.kind === 'backstage' || l.kind === 'actions',
  );
  const ids: string[] = [];
  doc.transact(() => {
    for (let i = 0; i < touchpoints; i++) {
      ids.push(
        addTouchpoint(doc, {
          stageId: map.stages[i % STAGES]!.id,
          laneId: lanes[Math.floor(i / STAGES) % lanes.length]!.id,
          title: `Touchpoint ${i + 1}`,
          channel: CHANNELS[i % CHANNELS.length],
          owner: i % 7 === 0 ? '' : `Team ${i % 5}`,
          emotion: EMOTIONS[i % EMOTIONS.length],
        }),
      );
    }
    for (let i = 5; i < ids.length; i += 5) connect(doc, ids[i - 5]!, ids[i]!);
  });
  const file = buildMapFile(readMap(doc).map);
  doc.destroy();
  return { ...file, map: { ...file.map, info: { ...file.map.info, title } } };
}
