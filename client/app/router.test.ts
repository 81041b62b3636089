import { describe, expect, it } from 'vitest';
import { mapPath, mapsPath, parseRoute } from './router';

describe('router paths', () => {
  it('keeps the query (e.g. ?name=) but never carries a share token to another page', () => {
    expect(mapsPath('?name=Ann&token=abc.def')).toBe('/?name=Ann');
    expect(mapsPath('?token=abc')).toBe('/');
    expect(mapPath('map_1', '?token=abc&name=Ann')).toBe('/map/map_1?name=Ann');
    expect(mapPath('map_1', '?name=Ann')).toBe('/map/map_1?name=Ann');
  });

  it('parses map routes', () => {
    expect(parseRoute('/map/map_1')).toEqual({ name: 'map', mapId: 'map_1' });
  });
});
