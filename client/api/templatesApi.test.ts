import { afterEach, describe, expect, it, vi } from 'vitest';
import { GALLERY_TEMPLATES } from '../../model/templates/gallery';
import { ApiError } from './ApiError';
import { deleteTemplate, listTemplates, saveTemplate, templateFile } from './templatesApi';

const SAVED = {
  ref: 'saved:tpl_abc',
  source: 'saved',
  name: 'Claims starter',
  summary: 'Our claims journey',
  savedBy: 'Ann',
  savedAt: '2026-12-04T09:00:00.000Z',
  canDelete: true,
};

/** The server's answer to the next request; the request is recorded. */
function answer(body: object | null, init: ResponseInit = {}) {
  const fetch = vi.fn((..._args: [string, RequestInit]) =>
    Promise.resolve(new Response(body === null ? null : JSON.stringify(body), init)),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('the templates API client', () => {
  it('lists templates, leaving out one in an unexpected shape', async () => {
    answer({ templates: [SAVED, { ...SAVED, ref: 'saved:tpl_x', source: 'stolen' }] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await listTemplates()).toEqual([SAVED]);
  });

  it('reads a template’s map file and refuses something that is not one', async () => {
    const file = GALLERY_TEMPLATES[0]!.build(new Date('2026-12-04T09:00:00Z'));
    const fetch = answer(file);
    expect((await templateFile('saved:tpl_abc')).map.info.title).toBe(file.map.info.title);
    expect(fetch.mock.calls[0]![0]).toBe('/api/templates/saved%3Atpl_abc/file');
    answer({ format: 'something-else' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(templateFile('sample')).rejects.toBeInstanceOf(ApiError);
  });

  it('saves with a trimmed name and no empty summary, and deletes by ref', async () => {
    const fetch = answer(SAVED, { status: 201 });
    expect(await saveTemplate({ mapId: 'map_1', name: '  Claims starter ', summary: '  ' })).toEqual(SAVED);
    expect(JSON.parse(fetch.mock.calls[0]![1].body as string)).toEqual({
      mapId: 'map_1',
      name: 'Claims starter',
    });
    const del = answer(null, { status: 204 });
    await deleteTemplate('saved:tpl_abc');
    expect(del.mock.calls[0]![0]).toBe('/api/templates/saved%3Atpl_abc');
    expect(del.mock.calls[0]![1].method).toBe('DELETE');
  });

  it('passes the server’s refusal on with its code', async () => {
    answer({ error: 'There is no template "x" on this server.', code: 'unknown_template' }, { status: 404 });
    await expect(templateFile('x')).rejects.toMatchObject({ status: 404, code: 'unknown_template' });
  });
});
