import { describe, expect, it } from 'vitest';
import { connectionId, failureDemandLedger, setConnectionDetails } from '../../../../model';
import { cleanMap, templateDoc, touchpointTitled } from '../../../../model/testing/testMaps';
import { barParts, costText, ledgerEmptyText, untaggedText } from './ledgerView';

describe('the ledger report’s words', () => {
  it('asks for hubs on a map without any', () => {
    const ledger = failureDemandLedger(cleanMap(templateDoc('blank')));
    expect(ledgerEmptyText(ledger)).toMatch(/^No hubs on this map yet/);
  });

  it('asks to tag the routes into the hubs (busiest first), and for volumes while there are none', () => {
    const doc = templateDoc('sample');
    expect(ledgerEmptyText(failureDemandLedger(cleanMap(doc)))).toBe(
      'Tag routes into IVR menu, Agent call, and Chat with bot as value or failure demand, with their volume per month, to see avoidable contacts.',
    );
    const map = cleanMap(doc);
    const id = (t: string) => touchpointTitled(map, t).id;
    setConnectionDetails(doc, connectionId(id('Status page'), id('Agent call')), { volume: 500 });
    expect(ledgerEmptyText(failureDemandLedger(cleanMap(doc)))).toBe(
      'Tag routes into Agent call, IVR menu, and Chat with bot as value or failure demand to see avoidable contacts.',
    );
    setConnectionDetails(doc, connectionId(id('Status page'), id('Agent call')), { demand: 'failure' });
    expect(ledgerEmptyText(failureDemandLedger(cleanMap(doc)))).toBeNull();
  });

  it('splits the bar by share of contacts and says what is not tagged', () => {
    expect(barParts({ contacts: 400, value: 100, failure: 200, untagged: 100 })).toEqual({
      value: 25,
      failure: 50,
      untagged: 25,
    });
    expect(barParts({ contacts: 0, value: 0, failure: 0, untagged: 0 })).toBeNull();
    expect(untaggedText(0)).toBeNull();
    expect(untaggedText(1)).toBe('1 route not tagged');
    expect(untaggedText(3)).toBe('3 routes not tagged');
    expect(costText(null, 'EUR')).toBe('–');
    expect(costText(9750, 'EUR')).toBe('€9,750');
  });
});
