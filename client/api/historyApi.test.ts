import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { getVersionState, listVersions, restoreVersion, saveVersion } from './historyApi';

const VERSION = {
  id: 'v1',
  kind: 'named',
  reason: 'named',
  name: 'Before workshop',
  takenAt: '2026-03-03T14:05:00.000Z',
  takenBy: { id: 'p_alice', name: 'Alice' },
  people: [{ id: 'p_alice', name: 'Alice' }],
  changes: { added: 3, removed: 1, changed: 2 },
  restoredFrom: null,
};

/** The server's answer to the next request; the request is recorded. */
function answer(body: Uint8Array<ArrayBuffer> | object, init: ResponseInit = {}) {
  const raw = body instanceof Uint8Array ? body : JSON.stringify(body);
  const fetch = vi.fn((..._args: [string, RequestInit]) => Promise.resolve(new Response(raw, init)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('the history API client', () => {
  it('lists versions, leaving out one in an unexpected shape, with the share token', async () => {
    const fetch = answer({ versions: [VERSION, { ...VERSION, id: 'v2', reason: 'nonsense' }] });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const versions = await listVersions('m 1', 'tok');
    expect(versions.map((v) => v.id)).toEqual(['v1']);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/maps/m%201/versions');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('saves a trimmed name and reads the version back', async () => {
    const fetch = answer({ version: VERSION }, { status: 201 });
    expect((await saveVersion('m1', null, '  Before workshop ')).name).toBe('Before workshop');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ method: 'POST', body: '{"name":"Before workshop"}' });
  });

  it('refuses a restore answer without its safety version', async () => {
    answer({ restored: VERSION });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(restoreVersion('m1', null, 'v1')).rejects.toBeInstanceOf(ApiError);
  });

  it('hands over a version’s state as bytes, and the server’s refusal as its message', async () => {
    answer(new Uint8Array([1, 2, 3]), { headers: { 'Content-Type': 'application/octet-stream' } });
    expect([...(await getVersionState('m1', null, 'v1'))]).toEqual([1, 2, 3]);
    answer({ error: 'only editors restore', code: 'forbidden' }, { status: 403 });
    await expect(restoreVersion('m1', null, 'v1')).rejects.toMatchObject({
      status: 403,
      message: 'Only editors restore',
    });
  });
});
