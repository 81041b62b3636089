import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { NewNotification } from '../NotificationStore';
import type { MapStore } from '../MapStore';
import type { StoreFixture } from './StoreFixture';

export const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

export function note(id: string, personId: string, mapId = 'm', createdAt = 1): NewNotification {
  return {
    id,
    personId,
    mapId,
    kind: 'mention',
    text: `text ${id}`,
    actor: 'Ana',
    anchor: { kind: 'touchpoint', id: 'tp1' },
    threadId: 'thr1',
    dedupeKey: `key:${id}`,
    createdAt,
  };
}

/** NotificationStore's contract, run on every engine. */
export function notificationStoreSuite(fixture: StoreFixture): void {
  let store: MapStore;

  beforeEach(async () => {
    store = await fixture.open();
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 0, updatedAt: 0, owner: null }, EMPTY);
    }
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('stores a notification once per dedupe key and lists a person’s newest first', () => {
    expect(store.notifications.add([note('n1', 'p_a'), note('n2', 'p_a', 'm', 2)]).map((n) => n.id)).toEqual([
      'n1',
      'n2',
    ]);
    // Same keys, new ids (generated again): ignored.
    expect(store.notifications.add([{ ...note('n1', 'p_a'), id: 'n9' }])).toEqual([]);
    store.notifications.add([note('b1', 'p_b')]);
    const listed = store.notifications.list('p_a', 10);
    expect(listed.map((n) => n.id)).toEqual(['n2', 'n1']);
    expect(listed[0]).toMatchObject({
      anchor: { kind: 'touchpoint', id: 'tp1' },
      readAt: null,
      emailedAt: null,
    });
    expect(store.notifications.list('p_a', 1)).toHaveLength(1);
    expect(store.notifications.unreadCount('p_a')).toBe(2);
  });

  it('marks only the person’s own notifications read', () => {
    store.notifications.add([note('n1', 'p_a'), note('b1', 'p_b')]);
    expect(store.notifications.markRead('p_a', ['b1'], 5)).toBe(0);
    expect(store.notifications.markRead('p_a', 'all', 5)).toBe(1);
    expect(store.notifications.unreadCount('p_b')).toBe(1);
    expect(store.notifications.markRead('p_b', ['b1', 'b1'], 6)).toBe(1);
    expect(store.notifications.list('p_b', 5)[0]!.readAt).toBe(6);
  });

  it('hides notifications of a map in the trash and deletes them with the map', () => {
    store.notifications.add([note('n1', 'p_a'), note('n2', 'p_a', 'other')]);
    store.trashMap('m', 10);
    expect(store.notifications.list('p_a', 10).map((n) => n.id)).toEqual(['n2']);
    expect(store.notifications.unreadCount('p_a')).toBe(1);
    store.restoreMap('m');
    expect(store.notifications.unreadCount('p_a')).toBe(2);
    store.deleteMap('m');
    expect(store.notifications.list('p_a', 10).map((n) => n.id)).toEqual(['n2']);
  });

  it('keeps e-mail settings, and the base URL when a later save has none', () => {
    expect(store.notifications.getSettings('p_a')).toBeUndefined();
    store.notifications.putSettings(
      'p_a',
      { email: 'a@x.org', emailEnabled: true, baseUrl: 'http://h:1' },
      1,
    );
    store.notifications.putSettings('p_a', { email: 'a@y.org', emailEnabled: false, baseUrl: null }, 2);
    expect(store.notifications.getSettings('p_a')).toEqual({
      email: 'a@y.org',
      emailEnabled: false,
      baseUrl: 'http://h:1',
    });
  });
}
