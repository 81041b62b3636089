import { describe, expect, it } from 'vitest';
import { parseAwarenessState } from './awarenessState';

const user = { id: 'u_1', name: 'Bob', color: '#2563eb' };

describe('parseAwarenessState', () => {
  it('accepts a full state', () => {
    const state = {
      user,
      cursor: { x: 120.5, y: -40 },
      selection: { kind: 'touchpoint', id: 'tp_1' },
      editing: { id: 'tp_1', field: 'Title' },
      viewport: { x: 10, y: 20, zoom: 0.8, width: 1200, height: 700 },
      view: { x: -12.5, y: -25, width: 1500, height: 875 },
      summon: { id: 's_1' },
      drag: { cards: [{ id: 'tp_1', x: 300, y: 120.5 }] },
      presenting: { slideId: 'slide_stages_stage_1' },
    };
    expect(parseAwarenessState(state)).toEqual(state);
  });

  it('fills missing fields with null', () => {
    expect(parseAwarenessState({ user })).toEqual({
      user,
      cursor: null,
      selection: null,
      editing: null,
      viewport: null,
      view: null,
      summon: null,
      drag: null,
      presenting: null,
    });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['the empty state a tab starts with', {}],
    ['no user', { cursor: { x: 1, y: 2 } }],
    ['an empty name', { user: { ...user, name: '  ' } }],
    ['a very long name', { user: { ...user, name: 'x'.repeat(500) } }],
    ['a colour that is not #rrggbb', { user: { ...user, color: 'red;background:url(x)' } }],
    ['a numeric id', { user: { ...user, id: 42 } }],
  ])('ignores a state with %s', (_label, raw) => {
    expect(parseAwarenessState(raw)).toBeNull();
  });

  it('reads an invalid optional field as null and keeps the person', () => {
    const parsed = parseAwarenessState({
      user,
      cursor: { x: Infinity, y: 0 },
      selection: { kind: 'spaceship', id: 'x' },
      editing: { id: '', field: 'Title' },
      viewport: { x: 0, y: 0, zoom: -1, width: 10, height: 10 },
      view: { x: 0, y: 0, width: 0, height: 1e12 },
      summon: 'now',
      drag: { cards: [{ id: 'tp_1', x: NaN, y: 0 }] },
      presenting: { slideId: '' },
    });
    expect(parsed).toEqual({
      user,
      cursor: null,
      selection: null,
      editing: null,
      viewport: null,
      view: null,
      summon: null,
      drag: null,
      presenting: null,
    });
  });

  it('keeps a peer that sends a viewport but no view box (an older version)', () => {
    const viewport = { x: 10, y: 20, zoom: 0.8, width: 1200, height: 700 };
    expect(parseAwarenessState({ user, viewport })).toMatchObject({ viewport, view: null });
  });

  it('drops unknown fields', () => {
    expect(parseAwarenessState({ user, extra: { big: 'x'.repeat(10) } })).not.toHaveProperty('extra');
  });
});
