import { connect, setConnectionDetails } from '../commands/connections';
import { addNote } from '../commands/notes';
import { addTouchpoint, setEmotionSource } from '../commands/touchpoints';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';

/**
 * A small map whose insights were worked out by hand (see model/insights/*.test.ts). Stages and cards, in
 * curve order (emotion in brackets):
 *   Aware: A "Ad" (0, Marketing) · Consider: B "Web FAQ" (-1, " digital ") · Buy: C "Checkout"
 *   (-2, Digital) · Use: N "Forum" (-1, no owner) · Support: H2 "Chat" (chat hub, -1, Contact center),
 *   H1 "Phone" (phone hub, manual +1 but CSAT 4.6 → +2, contact center) · Loyalty: R "Renewal" (-1, no owner)
 * Routes (volume): A→H2 (100), B→H1 (300), H2→H1 (50), N→H1 (none), C→N, H1→R.
 * Pain points: p1 on C, p2 on N, p3 on H2, p4 on no card; an opportunity on H1 (never counted).
 */
export function handMadeMap() {
  const doc = templateDoc();
  const m = cleanMap(doc);
  const stage = (name: string) => stageNamed(m, name).id;
  const A = addTouchpoint(doc, {
    stageId: stage('Aware'),
    title: 'Ad',
    channel: 'web',
    owner: 'Marketing',
    emotion: 0,
  });
  const B = addTouchpoint(doc, {
    stageId: stage('Consider'),
    title: 'Web FAQ',
    channel: 'web',
    owner: ' digital ',
    emotion: -1,
  });
  const C = addTouchpoint(doc, {
    stageId: stage('Buy'),
    title: 'Checkout',
    channel: 'web',
    owner: 'Digital',
    emotion: -2,
  });
  const N = addTouchpoint(doc, { stageId: stage('Use'), title: 'Forum', channel: 'web', emotion: -1 });
  const H2 = addTouchpoint(doc, {
    stageId: stage('Support'),
    title: 'Chat',
    channel: 'chat',
    owner: 'Contact center',
    emotion: -1,
  });
  const H1 = addTouchpoint(doc, {
    stageId: stage('Support'),
    title: 'Phone',
    channel: 'phone',
    owner: 'contact center',
    emotion: 1,
    voc: { csat: 4.6 },
  });
  setEmotionSource(doc, H1, 'csat');
  const R = addTouchpoint(doc, { stageId: stage('Loyalty'), title: 'Renewal', channel: 'web', emotion: -1 });
  setConnectionDetails(doc, connect(doc, A, H2), { volume: 100 });
  setConnectionDetails(doc, connect(doc, B, H1), { volume: 300 });
  setConnectionDetails(doc, connect(doc, H2, H1), { volume: 50 });
  connect(doc, N, H1);
  connect(doc, C, N);
  connect(doc, H1, R);
  addNote(doc, { kind: 'painPoint', stageId: stage('Buy'), touchpointId: C, text: 'p1' });
  addNote(doc, { kind: 'painPoint', stageId: stage('Use'), touchpointId: N, text: 'p2' });
  addNote(doc, { kind: 'painPoint', stageId: stage('Support'), touchpointId: H2, text: 'p3' });
  addNote(doc, { kind: 'painPoint', stageId: stage('Aware'), text: 'p4' });
  addNote(doc, { kind: 'opportunity', stageId: stage('Support'), touchpointId: H1, text: 'o1' });
  return { doc, map: cleanMap(doc), ids: { A, B, C, N, H1, H2, R }, stage };
}
