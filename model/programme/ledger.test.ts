import { describe, expect, it } from 'vitest';
import { addAction } from '../commands/actions';
import { connect, setConnectionDetails, type ConnectionDetails } from '../commands/connections';
import { setMapSettings } from '../commands/mapSettings';
import { addNote, updateNote } from '../commands/notes';
import { addTouchpoint } from '../commands/touchpoints';
import type { Channel } from '../records/channel';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { failureDemandLedger, formatContacts, formatCost } from './ledger';
import { hubFiguresLabel } from './ledgerLabels';

/**
 * A map worked out by hand. Cards (map order): Buy: Invoice · Use: App, FAQ · Support: Shop (in
 * person), Chat (chat hub), Agent call (phone hub). Map default cost per contact: 5 (EUR).
 *
 * Routes into Chat: App → Chat failure 100 (×5 = 500) · Invoice → Chat failure 50 at its own cost 2
 *   (= 100) · FAQ → Chat value 60 (= 300) · Shop → Chat untagged, no volume (0).
 *   contacts 210 = value 60 + failure 150 + untagged 0; cost 900 (value 300, failure 600); share 150/210.
 *   Causes: App 100 (500), Invoice 50 (100).
 * Routes into Agent call: Chat → Agent call failure 30 at its own cost 8 (= 240) · Invoice → Agent call
 *   failure 50 (250) · Shop → Agent call value 10 (50) · FAQ → Agent call untagged 10 (50).
 *   contacts 100 = value 10 + failure 80 + untagged 10; cost 590 (value 50, failure 490); share 0.8.
 *   Chat's 30 failure contacts split by Chat's failure inbound (App 100 : Invoice 50):
 *   App 20 (×8 = 160), Invoice 10 (80). Causes: Invoice 50 + 10 = 60 (250 + 80 = 330), App 20 (160).
 * Total: contacts 310 = value 70 + failure 230 + untagged 10; cost 1490 (value 350, failure 1090).
 *   Causes: App 100 + 20 = 120 (660), Invoice 50 + 60 = 110 (430).
 */
function workedMap() {
  const doc = templateDoc();
  const blank = cleanMap(doc);
  const stage = (name: string) => stageNamed(blank, name).id;
  const card = (stageName: string, title: string, channel: Channel) =>
    addTouchpoint(doc, { stageId: stage(stageName), title, channel });
  const invoice = card('Buy', 'Invoice', 'email');
  const app = card('Use', 'App', 'mobileApp');
  const faq = card('Use', 'FAQ', 'web');
  const shop = card('Support', 'Shop', 'inPerson');
  const chat = card('Support', 'Chat', 'chat');
  const call = card('Support', 'Agent call', 'phone');
  const route = (from: string, to: string, details: ConnectionDetails = {}) =>
    setConnectionDetails(doc, connect(doc, from, to), details);
  route(app, chat, { demand: 'failure', volume: 100 });
  route(invoice, chat, { demand: 'failure', volume: 50, costPerContact: 2 });
  route(faq, chat, { demand: 'value', volume: 60 });
  route(shop, chat);
  route(chat, call, { demand: 'failure', volume: 30, costPerContact: 8 });
  route(invoice, call, { demand: 'failure', volume: 50 });
  route(shop, call, { demand: 'value', volume: 10 });
  route(faq, call, { volume: 10 });
  route(app, faq, { demand: 'failure', volume: 999 }); // not into a hub: not in the ledger
  setMapSettings(doc, { costPerContact: 5 });

  const pain = addNote(doc, {
    kind: 'painPoint',
    stageId: stage('Buy'),
    touchpointId: invoice,
    text: 'Unclear',
  });
  updateNote(doc, pain, { whys: ['Codes on the bill', ' ', 'No legend'] });
  const pain2 = addNote(doc, {
    kind: 'painPoint',
    stageId: stage('Buy'),
    touchpointId: invoice,
    text: 'Late',
  });
  updateNote(doc, pain2, { whys: ['Batch print'] });
  addNote(doc, { kind: 'opportunity', stageId: stage('Use'), touchpointId: app, text: 'Push status' });
  const action = addAction(doc, { noteId: pain, title: 'Explain the codes', touchpointIds: [invoice] });
  return { doc, ids: { invoice, app, faq, shop, chat, call }, notes: { pain, pain2 }, action };
}

describe('failureDemandLedger', () => {
  it('works out contacts, costs and the value / failure split per hub and in total', () => {
    const { doc, ids } = workedMap();
    const ledger = failureDemandLedger(cleanMap(doc));
    expect(ledger.currency).toBe('EUR');
    expect(ledger.hubs.map((h) => h.hubId)).toEqual([ids.chat, ids.call]); // most failure first
    const [chat, call] = ledger.hubs;
    expect(chat).toMatchObject({
      title: 'Chat',
      contacts: 210,
      value: 60,
      failure: 150,
      untagged: 0,
      cost: 900,
      valueCost: 300,
      failureCost: 600,
    });
    expect(chat!.failureShare).toBeCloseTo(150 / 210, 12);
    expect(call).toMatchObject({
      title: 'Agent call',
      contacts: 100,
      value: 10,
      failure: 80,
      untagged: 10,
      cost: 590,
      valueCost: 50,
      failureCost: 490,
      failureShare: 0.8,
    });
    expect(ledger.total).toMatchObject({
      contacts: 310,
      value: 70,
      failure: 230,
      untagged: 10,
      cost: 1490,
      valueCost: 350,
      failureCost: 1090,
    });
    expect(ledger.total.failureShare).toBeCloseTo(230 / 310, 12);
    expect(ledger.untaggedRoutes).toBe(2); // FAQ → Agent call, Shop → Chat
  });

  it('gives each route its own cost per contact, else the map default; no volume counts 0', () => {
    const { doc, ids } = workedMap();
    const chat = failureDemandLedger(cleanMap(doc)).hubs[0]!;
    const byFrom = new Map(chat.routes.map((r) => [r.fromId, r]));
    expect(byFrom.get(ids.invoice)).toMatchObject({
      demand: 'failure',
      volume: 50,
      costPerContact: 2,
      cost: 100,
    });
    expect(byFrom.get(ids.app)).toMatchObject({
      demand: 'failure',
      volume: 100,
      costPerContact: 5,
      cost: 500,
    });
    expect(byFrom.get(ids.shop)).toMatchObject({ demand: null, volume: 0, costPerContact: 5, cost: 0 });
  });

  it('ranks upstream causes by contacts, splitting a hub-to-hub route by the failure that fed it', () => {
    const { doc, ids } = workedMap();
    const ledger = failureDemandLedger(cleanMap(doc));
    const [chat, call] = ledger.hubs;
    const brief = (c: {
      touchpointId: string;
      contacts: number;
      cost: number | null;
      hubIds: readonly string[];
    }) => ({
      id: c.touchpointId,
      contacts: c.contacts,
      cost: c.cost,
      hubIds: c.hubIds,
    });
    expect(chat!.causes.map(brief)).toEqual([
      { id: ids.app, contacts: 100, cost: 500, hubIds: [ids.chat] },
      { id: ids.invoice, contacts: 50, cost: 100, hubIds: [ids.chat] },
    ]);
    // Chat is not blamed: its 30 handed-over contacts go back to App (20) and Invoice (10).
    expect(call!.causes.map(brief)).toEqual([
      { id: ids.invoice, contacts: 60, cost: 330, hubIds: [ids.call] },
      { id: ids.app, contacts: 20, cost: 160, hubIds: [ids.call] },
    ]);
    expect(ledger.causes.map(brief)).toEqual([
      { id: ids.app, contacts: 120, cost: 660, hubIds: [ids.chat, ids.call] },
      { id: ids.invoice, contacts: 110, cost: 430, hubIds: [ids.call, ids.chat] },
    ]);
    // Every failure contact is blamed on exactly one cause.
    expect(ledger.causes.reduce((s, c) => s + c.contacts, 0)).toBe(ledger.total.failure);
  });

  it('attaches the cause’s pain points, their non-empty whys and the actions addressing it', () => {
    const { doc, ids, notes, action } = workedMap();
    const causes = failureDemandLedger(cleanMap(doc)).causes;
    const invoice = causes.find((c) => c.touchpointId === ids.invoice)!;
    expect(invoice).toMatchObject({
      title: 'Invoice',
      painPointIds: [notes.pain, notes.pain2],
      whys: ['Codes on the bill', 'No legend', 'Batch print'],
      actionIds: [action],
    });
    // The opportunity on App is not a pain point.
    expect(causes.find((c) => c.touchpointId === ids.app)).toMatchObject({
      painPointIds: [],
      whys: [],
      actionIds: [],
    });
  });

  it('ranks equal contacts by cost, then by map order', () => {
    const doc = templateDoc();
    const stage = stageNamed(cleanMap(doc), 'Use').id;
    const a = addTouchpoint(doc, { stageId: stage, title: 'A', channel: 'web' });
    const b = addTouchpoint(doc, { stageId: stage, title: 'B', channel: 'web' });
    const c = addTouchpoint(doc, { stageId: stage, title: 'C', channel: 'web' });
    const hub = addTouchpoint(doc, { stageId: stage, title: 'Call', channel: 'phone' });
    setConnectionDetails(doc, connect(doc, a, hub), { demand: 'failure', volume: 40 });
    setConnectionDetails(doc, connect(doc, b, hub), { demand: 'failure', volume: 40 });
    setConnectionDetails(doc, connect(doc, c, hub), { demand: 'failure', volume: 40, costPerContact: 3 });
    expect(failureDemandLedger(cleanMap(doc)).causes.map((x) => x.touchpointId)).toEqual([c, a, b]);
  });

  it('leaves costs unknown (null) when neither the route nor the map has a cost', () => {
    const doc = templateDoc();
    const stage = stageNamed(cleanMap(doc), 'Use').id;
    const a = addTouchpoint(doc, { stageId: stage, title: 'A', channel: 'web' });
    const hub = addTouchpoint(doc, { stageId: stage, title: 'Call', channel: 'phone' });
    setConnectionDetails(doc, connect(doc, a, hub), { demand: 'failure', volume: 40 });
    const ledger = failureDemandLedger(cleanMap(doc));
    expect(ledger.total).toMatchObject({
      contacts: 40,
      failure: 40,
      cost: null,
      failureCost: null,
      valueCost: null,
    });
    expect(ledger.causes[0]).toMatchObject({ touchpointId: a, contacts: 40, cost: null });
    expect(ledger.hubs[0]!.routes[0]).toMatchObject({ costPerContact: null, cost: null });
  });

  it('blames a hub with no failure coming in for what it hands over', () => {
    const doc = templateDoc();
    const stage = stageNamed(cleanMap(doc), 'Support').id;
    const web = addTouchpoint(doc, { stageId: stage, title: 'Web', channel: 'web' });
    const ivr = addTouchpoint(doc, { stageId: stage, title: 'IVR', channel: 'ivr' });
    const call = addTouchpoint(doc, { stageId: stage, title: 'Agent call', channel: 'phone' });
    setConnectionDetails(doc, connect(doc, web, ivr), { demand: 'value', volume: 500 });
    setConnectionDetails(doc, connect(doc, ivr, call), { demand: 'failure', volume: 40 });
    const ledger = failureDemandLedger(cleanMap(doc));
    expect(ledger.causes).toMatchObject([{ touchpointId: ivr, title: 'IVR', contacts: 40, hubIds: [call] }]);
  });

  it('does not loop on a cycle between two hubs, and never blames a hub for its own contacts', () => {
    // App → Chat failure 100, Web → Call failure 60, Chat → Call failure 20, Call → Chat failure 10.
    // Into Call: Web 60; Chat's 20 split by Chat's failure inbound without the route back from Call
    //   (App 100 only): App 20.
    // Into Chat: App 100; Call's 10 split by Call's failure inbound without Chat's (Web 60 only): Web 10.
    const doc = templateDoc();
    const stage = stageNamed(cleanMap(doc), 'Support').id;
    const app = addTouchpoint(doc, { stageId: stage, title: 'App', channel: 'mobileApp' });
    const web = addTouchpoint(doc, { stageId: stage, title: 'Web', channel: 'web' });
    const chat = addTouchpoint(doc, { stageId: stage, title: 'Chat', channel: 'chat' });
    const call = addTouchpoint(doc, { stageId: stage, title: 'Call', channel: 'phone' });
    setConnectionDetails(doc, connect(doc, app, chat), { demand: 'failure', volume: 100 });
    setConnectionDetails(doc, connect(doc, web, call), { demand: 'failure', volume: 60 });
    setConnectionDetails(doc, connect(doc, chat, call), { demand: 'failure', volume: 20 });
    setConnectionDetails(doc, connect(doc, call, chat), { demand: 'failure', volume: 10 });
    const ledger = failureDemandLedger(cleanMap(doc));
    const causesOf = (hubId: string) =>
      Object.fromEntries(
        ledger.hubs.find((h) => h.hubId === hubId)!.causes.map((c) => [c.title, c.contacts]),
      );
    expect(causesOf(call)).toEqual({ Web: 60, App: 20 });
    expect(causesOf(chat)).toEqual({ App: 100, Web: 10 });
    expect(ledger.causes.map((c) => [c.title, c.contacts])).toEqual([
      ['App', 120],
      ['Web', 70],
    ]);
    expect(ledger.total.failure).toBe(190);
  });

  it('finishes on many hubs all routed into each other, blaming every failure contact once', () => {
    const doc = templateDoc();
    const stage = stageNamed(cleanMap(doc), 'Support').id;
    const web = addTouchpoint(doc, { stageId: stage, title: 'Web', channel: 'web' });
    const hubs = Array.from({ length: 14 }, (_, i) =>
      addTouchpoint(doc, { stageId: stage, title: `Hub ${i}`, channel: 'phone' }),
    );
    setConnectionDetails(doc, connect(doc, web, hubs[0]!), { demand: 'failure', volume: 7 });
    for (const from of hubs)
      for (const to of hubs)
        if (from !== to) setConnectionDetails(doc, connect(doc, from, to), { demand: 'failure', volume: 3 });
    const ledger = failureDemandLedger(cleanMap(doc));
    expect(ledger.total.failure).toBe(7 + 14 * 13 * 3);
    expect(ledger.causes.reduce((s, c) => s + c.contacts, 0)).toBeCloseTo(ledger.total.failure, 6);
  });

  it('is all zeros on a map without hubs or routes', () => {
    const ledger = failureDemandLedger(cleanMap(templateDoc()));
    expect(ledger).toMatchObject({ hubs: [], causes: [], untaggedRoutes: 0 });
    expect(ledger.total).toEqual({
      contacts: 0,
      value: 0,
      failure: 0,
      untagged: 0,
      cost: null,
      valueCost: null,
      failureCost: null,
      failureShare: 0,
    });
  });
});

describe('formatCost / formatContacts', () => {
  it('writes whole units in the map’s currency, and rounds split contacts', () => {
    expect(formatCost(4200.4, 'EUR')).toBe('€4,200');
    expect(formatCost(310, 'USD')).toBe('$310');
    expect(formatCost(1250, 'CHF')).toMatch(/^CHF\s1,250$/);
    expect(formatContacts(18.18)).toBe('18');
    expect(formatContacts(4200)).toBe('4,200');
  });
});

describe('hubFiguresLabel', () => {
  it('shows the volume, and the failure share once a route is tagged; nothing without volume', () => {
    expect(hubFiguresLabel({ contacts: 4200, value: 2604, failure: 1596 })).toBe('4,200/mo · 38% failure');
    expect(hubFiguresLabel({ contacts: 4200, value: 0, failure: 0 })).toBe('4,200/mo');
    expect(hubFiguresLabel({ contacts: 4200, value: 4200, failure: 0 })).toBe('4,200/mo · 0% failure');
    expect(hubFiguresLabel({ contacts: 0, value: 0, failure: 0 })).toBeNull();
  });
});
