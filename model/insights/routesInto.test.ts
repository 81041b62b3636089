import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { connect } from '../commands/connections';
import { addTouchpoint } from '../commands/touchpoints';
import { handMadeMap } from '../testing/insightMap';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { routesInto } from './routesInto';

describe('routesInto', () => {
  it('follows routes through other hubs only', () => {
    const { map, ids } = handMadeMap();
    const { A, B, C, N, H1, H2 } = ids;
    // A → H2 → H1 counts A (via H2); C → N → H1 counts N only.
    expect(routesInto(map, H1)).toEqual({
      touchpointIds: [A, B, N, H2],
      viaHubs: [H2],
      directIds: [B, N, H2],
    });
    expect(routesInto(map, H1).touchpointIds).not.toContain(C);
    expect(routesInto(map, H2)).toEqual({ touchpointIds: [A], viaHubs: [], directIds: [A] });
  });

  it('survives a cycle between hubs and leaves the hub itself out', () => {
    const doc = templateDoc();
    const stageId = stageNamed(cleanMap(doc), 'Support').id;
    const web = addTouchpoint(doc, { stageId, title: 'Web', channel: 'web' });
    const chat = addTouchpoint(doc, { stageId, title: 'Chat', channel: 'chat' });
    const phone = addTouchpoint(doc, { stageId, title: 'Phone', channel: 'phone' });
    connect(doc, web, chat);
    connect(doc, chat, phone);
    connect(doc, phone, chat);
    expect(routesInto(cleanMap(doc), phone)).toEqual({
      touchpointIds: [web, chat],
      viaHubs: [chat],
      directIds: [chat],
    });
    expect(routesInto(cleanMap(doc), chat)).toEqual({
      touchpointIds: [web, phone],
      viaHubs: [phone],
      directIds: [web, phone],
    });
  });

  it('gives empty lists for an unknown id', () => {
    expect(routesInto(cleanMap(new Y.Doc()), 'tp_nope')).toEqual({
      touchpointIds: [],
      viaHubs: [],
      directIds: [],
    });
  });

  it('on the sample map: Agent call gets Router app restart through the hub Chat with bot', () => {
    const map = cleanMap(templateDoc('sample'));
    const id = (title: string) => touchpointTitled(map, title).id;
    expect(routesInto(map, id('Agent call'))).toEqual({
      touchpointIds: [id('Status page'), id('Router app restart'), id('IVR menu'), id('Chat with bot')],
      viaHubs: [id('IVR menu'), id('Chat with bot')], // every hub among them is followed, even with nothing behind it
      directIds: [id('Status page'), id('IVR menu'), id('Chat with bot')],
    });
  });
});
