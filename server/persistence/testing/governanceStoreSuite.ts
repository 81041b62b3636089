import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ShareLink } from '../ShareLinkStore';
import type { MapStore } from '../MapStore';
import type { StoreFixture } from './StoreFixture';

export const EMPTY = Y.encodeStateAsUpdate(new Y.Doc());

export function link(id: string, mintedByLink: string | null = null): ShareLink {
  return { id, mapId: 'm', role: 'editor', createdAt: 1, expiresAt: null, revokedAt: null, mintedByLink };
}

/** Owners, the trash and links minted through links, run on every engine. */
export function governanceStoreSuite(fixture: StoreFixture): void {
  let store: MapStore;

  beforeEach(async () => {
    store = await fixture.open();
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('records the owner; the trash hides a map and its doc until it is restored', () => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1, owner: 'p_alice' }, EMPTY);
    store.createMap({ id: 'n', title: 'N', createdAt: 1, updatedAt: 2 }, EMPTY);
    expect(store.getMap('m')).toMatchObject({ owner: 'p_alice', deletedAt: null });
    expect(store.getMap('n')?.owner).toBeNull();

    expect(store.trashMap('m', 100)).toBe(true);
    expect(store.trashMap('m', 200)).toBe(false);
    expect(store.listMaps().map((m) => m.id)).toEqual(['n']);
    expect(store.listTrash()).toEqual([expect.objectContaining({ id: 'm', deletedAt: 100 })]);
    expect(store.loadDoc('m')).toBeUndefined();
    expect(store.loadDoc('m/comments')).toBeUndefined();

    expect(store.restoreMap('m')).toBe(true);
    expect(store.restoreMap('m')).toBe(false);
    expect(store.listTrash()).toEqual([]);
    expect(store.loadDoc('m')).toBeDefined();
  });

  it('purges only maps trashed at or before the cut-off, with their links', () => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.createMap({ id: 'n', title: 'N', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.links.createLink(link('l1'));
    store.trashMap('m', 100);
    store.trashMap('n', 300);
    expect(store.purgeTrash(99)).toEqual([]);
    expect(store.purgeTrash(200)).toEqual(['m']);
    expect(store.getMap('m')).toBeUndefined();
    expect(store.links.getLink('l1')).toBeUndefined();
    expect(store.listTrash().map((m) => m.id)).toEqual(['n']);
  });

  it('revoking a link revokes what was minted through it, at any depth, and nothing else', () => {
    store.createMap({ id: 'm', title: 'M', createdAt: 1, updatedAt: 1 }, EMPTY);
    store.links.createLink({ ...link('root'), createdBy: 'p_host', name: 'Exec team, read-only' });
    store.links.createLink(link('child', 'root'));
    store.links.createLink(link('grandchild', 'child'));
    store.links.createLink(link('sibling'));
    store.links.revokeLink('m', 'grandchild', 5);
    expect(store.links.getLink('root')).toMatchObject({ createdBy: 'p_host', name: 'Exec team, read-only' });
    expect(store.links.revokeLink('m', 'root', 10).sort()).toEqual(['child', 'grandchild', 'root']);
    expect(store.links.getLink('child')?.revokedAt).toBe(10);
    // Revoked earlier: keeps its first time.
    expect(store.links.getLink('grandchild')?.revokedAt).toBe(5);
    expect(store.links.getLink('sibling')?.revokedAt).toBeNull();
  });
}
