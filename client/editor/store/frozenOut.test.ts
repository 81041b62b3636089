import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { claimFacilitatorSeat, readMap, setFrozen } from '../../../model';
import { createEditorStore, selectCanEdit, selectFrozenOut } from './editorStore';

describe('selectCanEdit while frozen', () => {
  it('makes everyone but the facilitator read-only', () => {
    const doc = new Y.Doc();
    const host = { userId: 'p_host', name: 'Host' };
    claimFacilitatorSeat(doc, host);
    const store = createEditorStore();
    store.setState({ map: readMap(doc).map, personId: 'p_bob' });
    expect(selectCanEdit(store.getState())).toBe(true);
    setFrozen(doc, host, true);
    store.setState({ map: readMap(doc).map });
    expect(selectFrozenOut(store.getState())).toBe(true);
    expect(selectCanEdit(store.getState())).toBe(false);
    store.setState({ personId: 'p_host' });
    expect(selectCanEdit(store.getState())).toBe(true);
  });
});
