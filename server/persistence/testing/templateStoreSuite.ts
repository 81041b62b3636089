import { afterEach, beforeEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MapStore } from '../MapStore';
import type { SavedTemplateRecord } from '../TemplateStore';
import type { StoreFixture } from './StoreFixture';

export function savedTemplate(id: string, createdAt: number): SavedTemplateRecord {
  return {
    id,
    name: `Template ${id}`,
    summary: `About ${id}`,
    file: JSON.stringify({ format: 'journey-map', id }),
    savedBy: 'p_ann',
    savedByName: 'Ann',
    createdAt,
  };
}

/** TemplateStore's contract, run on every engine. */
export function templateStoreSuite(fixture: StoreFixture): void {
  let store: MapStore;

  beforeEach(async () => {
    store = await fixture.open();
  });
  afterEach(async () => {
    await fixture.release(store);
  });

  it('stores a template with its file and lists them newest first, without files', () => {
    expect(store.templates.listTemplates()).toEqual([]);
    expect(store.templates.addTemplate(savedTemplate('a', 1), 10)).toBe(true);
    expect(
      store.templates.addTemplate({ ...savedTemplate('b', 2), savedBy: null, savedByName: null }, 10),
    ).toBe(true);
    expect(store.templates.getTemplate('a')).toEqual(savedTemplate('a', 1));
    expect(store.templates.getTemplate('nope')).toBeUndefined();
    const listed = store.templates.listTemplates();
    expect(listed.map((t) => t.id)).toEqual(['b', 'a']);
    const { file: _file, ...info } = savedTemplate('a', 1);
    expect(listed[1]).toEqual(info);
    expect(listed[0]!.savedBy).toBeNull();
  });

  it('refuses a template past the server’s cap and stores nothing', () => {
    expect(store.templates.addTemplate(savedTemplate('a', 1), 2)).toBe(true);
    expect(store.templates.addTemplate(savedTemplate('b', 2), 2)).toBe(true);
    expect(store.templates.addTemplate(savedTemplate('c', 3), 2)).toBe(false);
    expect(store.templates.getTemplate('c')).toBeUndefined();
    expect(store.templates.listTemplates()).toHaveLength(2);
    // Deleting one makes room again.
    expect(store.templates.deleteTemplate('a')).toBe(true);
    expect(store.templates.addTemplate(savedTemplate('c', 3), 2)).toBe(true);
  });

  it('deletes once and keeps templates when the map they came from is deleted', () => {
    store.createMap({ id: 'm', title: 'm', createdAt: 1, updatedAt: 1 }, Y.encodeStateAsUpdate(new Y.Doc()));
    store.templates.addTemplate(savedTemplate('a', 1), 10);
    store.templates.addTemplate(savedTemplate('b', 2), 10);
    store.deleteMap('m');
    expect(store.templates.deleteTemplate('a')).toBe(true);
    expect(store.templates.deleteTemplate('a')).toBe(false);
    expect(store.templates.listTemplates().map((t) => t.id)).toEqual(['b']);
  });
}
