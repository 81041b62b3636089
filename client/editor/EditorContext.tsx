import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { MapSession } from './session/createMapSession';
import type { EditorState } from './store/editorStore';

/** The open map's session (doc, provider, store), provided by EditorPage. */
export const EditorContext = createContext<MapSession | null>(null);

export function useSession(): MapSession {
  const session = useContext(EditorContext);
  if (!session) throw new Error('useSession must be used inside <EditorContext.Provider>');
  return session;
}

/** Select narrowly (a single value or a record): selectors that build new objects re-render forever. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useSession().store, selector);
}
