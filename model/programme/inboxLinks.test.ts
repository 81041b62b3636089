import { describe, expect, it } from 'vitest';
import { notificationPath, parseFocusParams } from './inboxLinks';

describe('notification links', () => {
  it('round-trips a card with its thread, an action and the map', () => {
    const card = notificationPath({
      mapId: 'm1',
      anchor: { kind: 'touchpoint', id: 'tp_1' },
      threadId: 'thr_2',
    });
    expect(card).toBe('/map/m1?focus=touchpoint%3Atp_1&thread=thr_2');
    expect(parseFocusParams(card.slice(card.indexOf('?')))).toEqual({
      anchor: { kind: 'touchpoint', id: 'tp_1' },
      threadId: 'thr_2',
    });
    expect(parseFocusParams('?focus=action:act_9&name=Ann')).toEqual({
      anchor: { kind: 'action', id: 'act_9' },
      threadId: null,
    });
    expect(notificationPath({ mapId: 'm1', anchor: { kind: 'map' } })).toBe('/map/m1');
    expect(parseFocusParams('?thread=thr_2')).toEqual({ anchor: { kind: 'map' }, threadId: 'thr_2' });
  });

  it('ignores what it cannot read', () => {
    for (const search of [
      '',
      '?name=Ann',
      '?focus=vote:v1',
      '?focus=note:',
      '?focus=note:a/b',
      '?thread=<x>',
    ]) {
      expect(parseFocusParams(search)).toBeNull();
    }
  });
});
