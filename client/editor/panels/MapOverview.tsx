import { META_TEXT_FIELDS, type MapInfo } from '../../../model';
import { useEditor } from '../EditorContext';
import { CollabTextField } from '../text/CollabTextField';
import { LanesSection } from './LanesSection';
import { Legend } from './Legend';
import { MapSettingsSection } from './MapSettingsSection';
import { FutureStateOverview } from './FutureStateOverview';
import { ShortcutsList } from './ShortcutsList';

const FIELDS: ReadonlyArray<{
  key: keyof MapInfo;
  label: string;
  multiline?: boolean;
  placeholder: string;
}> = [
  { key: 'title', label: 'Map title', placeholder: 'Untitled journey' },
  { key: 'persona', label: 'Persona', placeholder: 'Whose journey is this?' },
  {
    key: 'goal',
    label: 'Goal',
    multiline: true,
    placeholder: 'What is the customer trying to do?',
  },
  {
    key: 'scenario',
    label: 'Scenario',
    multiline: true,
    placeholder: 'The situation this map follows',
  },
];

/** Nothing selected: the map's header fields, its lanes, a legend and the shortcuts. */
export function MapOverview() {
  const info = useEditor((s) => s.map?.info);
  // Issue 21: a map drawn for library personas (the Personas button) needs no free-text persona;
  // one already written stays, so it can be read and moved into the library.
  const linksPersonas = useEditor((s) => (s.map?.settings.personaIds.length ?? 0) > 0);
  if (!info) return null;
  const fields = FIELDS.filter((f) => !(f.key === 'persona' && linksPersonas && !info.persona.trim()));
  return (
    <div className="sp-content" data-testid="map-overview">
      <section className="sp-section">
        {fields.map(({ key, label, multiline, placeholder }) => (
          <CollabTextField
            key={key}
            label={label}
            target={{ kind: 'map', field: key }}
            maxLength={META_TEXT_FIELDS[key]}
            multiline={multiline}
            rows={key === 'scenario' ? 3 : 2}
            placeholder={placeholder}
            // An empty title leaves the maps list with "Untitled journey"; the other fields may be empty.
            hint={key === 'title' && !info.title.trim() ? 'A map needs a title.' : undefined}
            hintTone="warning"
          />
        ))}
      </section>
      <MapSettingsSection />
      <FutureStateOverview />
      <LanesSection />
      <Legend />
      <ShortcutsList />
    </div>
  );
}
