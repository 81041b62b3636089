import { useMemo } from 'react';
import { linkedPersonas, shownLinkedPersonas, type LinkedPersonas, type Persona } from '../../../../model';
import { useEditor } from '../../EditorContext';

const NO_IDS: readonly string[] = [];

/** The open map's linked personas, resolved against the library in the store (legend order). */
export function useLinkedPersonas(): LinkedPersonas {
  const personaIds = useEditor((s) => s.map?.settings.personaIds ?? NO_IDS);
  const library = useEditor((s) => s.personas);
  return useMemo(() => linkedPersonas({ settings: { personaIds } }, library), [personaIds, library]);
}

/** The linked personas the persona filter shows (all of them when the filter is empty). */
export function useShownPersonas(): readonly Persona[] {
  const { personas } = useLinkedPersonas();
  const filter = useEditor((s) => s.personaFilter);
  return useMemo(() => {
    const shown = shownLinkedPersonas({ settings: { personaIds: personas.map((p) => p.id) } }, filter);
    return shown.length === 0 ? personas : personas.filter((p) => shown.includes(p.id));
  }, [personas, filter]);
}
