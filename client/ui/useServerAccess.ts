import { useEffect, useState } from 'react';
import type { AccessMode } from '../../model';
import { getServerInfo } from '../api/serverApi';

/** One question per page load: the server's mode does not change while it runs. */
let asked: Promise<AccessMode | null> | undefined;

function askOnce(): Promise<AccessMode | null> {
  asked ??= getServerInfo().then(
    (info) => info.access,
    () => {
      asked = undefined; // offline or an older server: ask again next time
      return null;
    },
  );
  return asked;
}

/** The server's access mode, or null until known (or when the server cannot be reached). */
export function useServerAccess(): AccessMode | null {
  const [mode, setMode] = useState<AccessMode | null>(null);
  useEffect(() => {
    let live = true;
    void askOnce().then((m) => live && setMode(m));
    return () => {
      live = false;
    };
  }, []);
  return mode;
}
