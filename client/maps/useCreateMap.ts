import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { createMap, type MapTemplate } from '../api/mapsApi';
import { mapPath, navigate } from '../app/router';
import { rememberCreatedMap } from '../editor/facilitation/createdMapFlag';

/** Creates a map and opens it; `pending` drives the "Creating…" button, `error` the inline message. */
export function useCreateMap() {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function create(template: MapTemplate, title?: string): Promise<void> {
    setPending(true);
    setError(null);
    try {
      const map = await createMap({ template, title });
      // Whoever creates a map holds its facilitator seat: the editor takes it on first open.
      rememberCreatedMap(map.id);
      navigate(mapPath(map.id));
    } catch (err) {
      setError(errorMessage(err));
      setPending(false);
    }
  }

  return { create, pending, error };
}
