import { describe, expect, it } from 'vitest';
import * as model from '../../../model';
import { templateDoc } from '../../../model/testing/testMaps';
import { bindDocToStore } from '../store/bindDocToStore';
import { createEditorStore } from '../store/editorStore';
import { NEWER_SCHEMA_MESSAGE } from '../access/readOnlyMessage';
import { gate, mayAct, NEEDS } from './gate';

const storeFor = (role: model.Role) => {
  const doc = templateDoc('sample', 1);
  const store = createEditorStore({ role, mode: 'open', canShare: false });
  bindDocToStore(doc, store);
  return { doc, store };
};
const met = (role: model.Role) => {
  const { store } = storeFor(role);
  return NEEDS.filter((n) => mayAct(n, store.getState()));
};

describe('the permission gate', () => {
  it('editors meet every need; commenters and viewers only "nothing"', () => {
    expect(met('editor')).toEqual(['nothing', 'editor', 'seat']);
    expect(met('commenter')).toEqual(['nothing']);
    expect(met('viewer')).toEqual(['nothing']);
  });

  it('a frozen map keeps other editors out of edits, not off a free seat', () => {
    const { doc, store } = storeFor('editor');
    const fiona = { userId: 'u_fiona', name: 'Fiona' };
    model.claimFacilitatorSeat(doc, fiona);
    model.setFrozen(doc, fiona, true);
    expect(NEEDS.filter((n) => mayAct(n, store.getState()))).toEqual(['nothing', 'seat']);
  });

  it('says why it refuses, in the words of the role', () => {
    const { store } = storeFor('commenter');
    expect(gate('editor', store)).toBe(false);
    expect(store.getState().error).toBe('You can comment but not change this map');
    store.setState({ error: null });
    expect(gate('nothing', store)).toBe(true);
    expect(store.getState().error).toBeNull();
  });

  it('a map saved by a newer Journey keeps this tab out of edits and the seat, and says to reload', () => {
    const { store } = storeFor('editor');
    store.setState({ newerSchema: 'doc' });
    expect(NEEDS.filter((n) => mayAct(n, store.getState()))).toEqual(['nothing']);
    expect(gate('seat', store)).toBe(false);
    expect(store.getState().error).toBe(NEWER_SCHEMA_MESSAGE);
  });
});
