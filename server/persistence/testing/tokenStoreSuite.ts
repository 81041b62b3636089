import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ApiTokenRecord } from '../ApiTokenStore';
import type { MapStore } from '../MapStore';
import type { StoreFixture } from './StoreFixture';

export function token(id: string, mapId: string, createdAt: number): ApiTokenRecord {
  return {
    id,
    mapId,
    label: `token ${id}`,
    tokenHash: 'f'.repeat(64),
    createdBy: 'p_ann',
    createdAt,
    lastUsedAt: null,
    revokedAt: null,
  };
}

/** ApiTokenStore's contract, run on every engine. */
export function tokenStoreSuite(fixture: StoreFixture): void {
  let store: MapStore;

  beforeEach(async () => {
    store = await fixture.open();
    for (const id of ['m', 'other']) {
      store.createMap({ id, title: id, createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    }
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('lists a map’s tokens newest first, revokes once and records use', () => {
    store.tokens.createToken(token('a', 'm', 1));
    store.tokens.createToken(token('b', 'm', 2));
    store.tokens.createToken(token('c', 'other', 3));
    expect(store.tokens.listTokens('m').map((t) => t.id)).toEqual(['b', 'a']);
    expect(store.tokens.revokeToken('m', 'a', 10)).toBe(true);
    expect(store.tokens.revokeToken('m', 'a', 20)).toBe(true);
    expect(store.tokens.getToken('a')!.revokedAt).toBe(10);
    // Another map's token is not this map's to revoke.
    expect(store.tokens.revokeToken('m', 'c', 10)).toBe(false);
    expect(store.tokens.getToken('c')!.revokedAt).toBeNull();
    store.tokens.touchToken('b', 42);
    expect(store.tokens.getToken('b')).toEqual({ ...token('b', 'm', 2), lastUsedAt: 42 });
  });

  it('deletes a map’s tokens with the map', () => {
    store.tokens.createToken(token('a', 'm', 1));
    expect(store.deleteMap('m')).toBe(true);
    expect(store.tokens.getToken('a')).toBeUndefined();
  });
}
