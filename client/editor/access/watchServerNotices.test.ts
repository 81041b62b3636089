import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { createEditorStore, selectCanEdit } from '../store/editorStore';
import { watchServerNotices } from './watchServerNotices';

// toasts.ts times its messages with window.setTimeout; the unit project runs in node.
beforeEach(() => vi.stubGlobal('window', globalThis));
afterEach(() => vi.unstubAllGlobals());

/** A provider with only what the handler touches: its table of message handlers. */
function fakeProvider() {
  return { messageHandlers: [] as WebsocketProvider['messageHandlers'] } as unknown as WebsocketProvider;
}

function deliver(provider: WebsocketProvider, payload: string): void {
  const enc = encoding.createEncoder();
  encoding.writeVarString(enc, payload);
  const handler = provider.messageHandlers[4];
  handler?.(encoding.createEncoder(), decoding.createDecoder(encoding.toUint8Array(enc)), provider, true, 4);
}

describe('watchServerNotices', () => {
  it('takes the role the server grants, and stops sharing with it', () => {
    const store = createEditorStore({ role: 'editor', mode: 'locked', canShare: true });
    const provider = fakeProvider();
    watchServerNotices(provider, store, 'map');
    deliver(provider, JSON.stringify({ type: 'role', role: 'commenter' }));
    expect(store.getState().access).toEqual({ role: 'commenter', mode: 'locked', canShare: false });
  });

  it('goes read-only when a map write is dropped, and comment-less when a comment is', () => {
    const store = createEditorStore();
    const map = fakeProvider();
    const comments = fakeProvider();
    watchServerNotices(map, store, 'map');
    watchServerNotices(comments, store, 'comments');
    deliver(map, JSON.stringify({ type: 'write-rejected', reason: 'commenters cannot change the map' }));
    expect(store.getState().access.role).toBe('commenter');
    deliver(comments, JSON.stringify({ type: 'write-rejected', reason: 'viewers cannot comment' }));
    expect(store.getState().access.role).toBe('viewer');
  });

  it('keeps the role when the server undid one change for a broken rule', () => {
    const store = createEditorStore();
    const map = fakeProvider();
    const comments = fakeProvider();
    watchServerNotices(map, store, 'map');
    watchServerNotices(comments, store, 'comments');
    deliver(map, JSON.stringify({ type: 'write-rejected', reason: 'held seat', rule: 'facilitator-only' }));
    deliver(
      comments,
      JSON.stringify({ type: 'write-rejected', reason: 'not yours', rule: 'comment-author' }),
    );
    expect(store.getState().access.role).toBe('editor');
  });

  it('goes read-only for a newer map format, keeping the role', () => {
    const store = createEditorStore();
    const map = fakeProvider();
    watchServerNotices(map, store, 'map');
    deliver(map, JSON.stringify({ type: 'write-rejected', reason: 'newer map', rule: 'schema' }));
    expect(store.getState().newerSchema).toBe('server');
    expect(store.getState().access.role).toBe('editor');
    expect(selectCanEdit(store.getState())).toBe(false);
  });

  it('ignores notices it cannot read', () => {
    const store = createEditorStore();
    const provider = fakeProvider();
    watchServerNotices(provider, store, 'map');
    deliver(provider, 'not json');
    deliver(provider, JSON.stringify({ type: 'role', role: 'admin' }));
    expect(store.getState().access.role).toBe('editor');
  });
});
