import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readPersonaLibrary, type Persona } from '../../model';
import { createLibraryRoom } from '../editor/session/createLibraryRoom';

export interface PersonaLibraryState {
  /** The library doc commands write to; null until connected. */
  readonly doc: Y.Doc | null;
  readonly personas: readonly Persona[];
  /** False until the first sync with the server (the page shows "Loading…" until then). */
  readonly synced: boolean;
}

/** The token this page was opened with (`?token=`): the admin token or a map's link. */
function pageToken(): string | null {
  const token = new URL(location.href).searchParams.get('token');
  return token === '' ? null : token;
}

/** Connects the persona library for a page and keeps its validated personas in React state. */
export function usePersonaLibrary(): PersonaLibraryState {
  const [state, setState] = useState<PersonaLibraryState>({ doc: null, personas: [], synced: false });
  useEffect(() => {
    const room = createLibraryRoom(pageToken());
    let personas: readonly Persona[] = [];
    const refresh = () => {
      personas = readPersonaLibrary(room.doc, personas).personas;
      setState({ doc: room.doc, personas, synced: room.provider.synced });
    };
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.changed.size > 0) refresh();
    };
    room.doc.on('afterTransaction', onTransaction);
    room.provider.on('sync', refresh);
    refresh();
    return () => {
      room.doc.off('afterTransaction', onTransaction);
      room.provider.off('sync', refresh);
      room.destroy();
    };
  }, []);
  return state;
}
