import { connect, setConnectionDetails } from '../commands/connections';
import { deleteStage } from '../commands/stages';
import { addTouchpoint } from '../commands/touchpoints';
import { setMapSettings } from '../commands/mapSettings';
import { setPersonaEmotion, setPersonaUse } from '../personas/personaCommands';
import type { Persona } from '../records/persona';
import { cleanMap, stageNamed, templateDoc } from './testMaps';

/** Two library personas: Dana (blue) and Sam (purple). */
export const DANA: Persona = {
  id: 'persona_dana',
  name: 'Dana Ruiz',
  role: 'Small-business owner',
  color: '#2563eb',
  goals: ['Get online the day the shop opens'],
  needs: ['One number to call'],
  frustrations: ['Waiting on hold'],
  quote: 'I just need it to work.',
  order: 'a0',
};
export const SAM: Persona = {
  id: 'persona_sam',
  name: 'Sam Okafor',
  role: 'Student',
  color: '#9333ea',
  goals: [],
  needs: [],
  frustrations: [],
  quote: '',
  order: 'a1',
};

/**
 * A map worked out by hand for the persona tests (model/personas/*.test.ts, insights). Three stages
 * (Aware, Buy, Support), four cards in the Touchpoints lane, left to right, emotion: map / Dana / Sam:
 *   T1 "Ad" (Aware, web):                0 / +1 / -1
 *   T2 "Checkout" (Buy, web):           -1 / -2 / (-1, none set)
 *   T3 "Phone" (Support, phone hub):    -1 /  0 / -2
 *   T4 "App" (Support, mobile app):     +1 / (+1, none set) / not used by Sam
 * Routes (volume): T1→T3 (100), T2→T3 (50), T3→T4. Both personas are linked, Dana first.
 */
export function personaMap() {
  const doc = templateDoc();
  for (const name of ['Consider', 'Use', 'Loyalty'])
    deleteStage(doc, stageNamed(cleanMap(doc), name).id, { touchpoints: 'delete' });
  const stage = (name: string) => stageNamed(cleanMap(doc), name).id;
  const T1 = addTouchpoint(doc, { stageId: stage('Aware'), title: 'Ad', channel: 'web', emotion: 0 });
  const T2 = addTouchpoint(doc, { stageId: stage('Buy'), title: 'Checkout', channel: 'web', emotion: -1 });
  const T3 = addTouchpoint(doc, { stageId: stage('Support'), title: 'Phone', channel: 'phone', emotion: -1 });
  const T4 = addTouchpoint(doc, {
    stageId: stage('Support'),
    title: 'App',
    channel: 'mobileApp',
    emotion: 1,
  });
  setPersonaEmotion(doc, T1, DANA.id, 1);
  setPersonaEmotion(doc, T1, SAM.id, -1);
  setPersonaEmotion(doc, T2, DANA.id, -2);
  setPersonaEmotion(doc, T3, DANA.id, 0);
  setPersonaEmotion(doc, T3, SAM.id, -2);
  setPersonaUse(doc, T4, SAM.id, false);
  setConnectionDetails(doc, connect(doc, T1, T3), { volume: 100 });
  setConnectionDetails(doc, connect(doc, T2, T3), { volume: 50 });
  connect(doc, T3, T4);
  setMapSettings(doc, { personaIds: [DANA.id, SAM.id] });
  return { doc, map: cleanMap(doc), ids: { T1, T2, T3, T4 }, stage };
}
