import { describe, expect, it } from 'vitest';
import { focusAnchorFromSearch } from './useFocusFromUrl';

describe('the focus parameter of a link into a map', () => {
  it('names a note, a card or a stage; anything else opens the map as usual', () => {
    expect(focusAnchorFromSearch('?focus=note:nt_1')).toEqual({ kind: 'note', id: 'nt_1' });
    expect(focusAnchorFromSearch('?name=Ann&focus=touchpoint:tp_9')).toEqual({
      kind: 'touchpoint',
      id: 'tp_9',
    });
    expect(focusAnchorFromSearch('?focus=stage:st_2')).toEqual({ kind: 'stage', id: 'st_2' });
    for (const bad of [
      '',
      '?focus=',
      '?focus=map',
      '?focus=note:',
      '?focus=lane:ln_1',
      `?focus=note:${'x'.repeat(65)}`,
    ])
      expect(focusAnchorFromSearch(bad)).toBeNull();
  });
});
