import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError';
import { fetchMapLinks } from './linksApi';

const ROLLUP = {
  averageEmotion: -0.5,
  touchpoints: 6,
  hubs: 2,
  hubLoad: 151,
  openActions: 3,
  overdueActions: 1,
  unownedTouchpoints: 2,
};

function answer(body: object, init: ResponseInit = {}) {
  const fetch = vi.fn((..._args: [string, RequestInit]) =>
    Promise.resolve(new Response(JSON.stringify(body), init)),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchMapLinks', () => {
  it('asks for the map’s linked maps with its share token and hands back parents and children', async () => {
    const body = {
      parents: [{ mapId: 'map_life', title: 'Lifecycle' }],
      children: [
        { holder: 'stage', holderId: 's1', mapId: 'map_claim', access: 'ok', title: 'Claim', rollup: ROLLUP },
        { holder: 'touchpoint', holderId: 't1', mapId: 'map_secret', access: 'hidden' },
        { holder: 'touchpoint', holderId: 't2', mapId: 'map_gone', access: 'missing' },
      ],
    };
    const fetch = answer(body);
    expect(await fetchMapLinks('map 1', 'tok')).toEqual(body);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/maps/map%201/linked');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('refuses an answer in another shape, and passes the server’s refusal on', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    answer({ parents: [], children: [{ holder: 'lane', holderId: 'x', mapId: 'm', access: 'ok' }] });
    await expect(fetchMapLinks('m1')).rejects.toBeInstanceOf(ApiError);
    answer({ error: 'This link is for another map.', code: 'token_wrong_map' }, { status: 403 });
    await expect(fetchMapLinks('m1', 'tok')).rejects.toMatchObject({ status: 403, code: 'token_wrong_map' });
  });
});
