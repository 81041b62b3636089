import type { MapInfo } from '../../../model';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { DraftField } from './DraftField';
import { LanesSection } from './LanesSection';
import { Legend } from './Legend';
import { ShortcutsList } from './ShortcutsList';

const FIELDS: ReadonlyArray<{
  key: keyof MapInfo;
  label: string;
  max: number;
  multiline?: boolean;
  placeholder: string;
}> = [
  { key: 'title', label: 'Map title', max: 200, placeholder: 'Untitled journey' },
  { key: 'persona', label: 'Persona', max: 500, placeholder: 'Whose journey is this?' },
  {
    key: 'goal',
    label: 'Goal',
    max: 1000,
    multiline: true,
    placeholder: 'What is the customer trying to do?',
  },
  {
    key: 'scenario',
    label: 'Scenario',
    max: 2000,
    multiline: true,
    placeholder: 'The situation this map follows',
  },
];

/** Nothing selected: the map's header fields, its lanes, a legend and the shortcuts. */
export function MapOverview() {
  const info = useEditor((s) => s.map?.info);
  const actions = useEditorActions();
  if (!info) return null;
  return (
    <div className="sp-content" data-testid="map-overview">
      <section className="sp-section">
        {FIELDS.map(({ key, label, max, multiline, placeholder }) => (
          <DraftField
            key={key}
            label={label}
            value={info[key]}
            maxLength={max}
            multiline={multiline}
            rows={key === 'scenario' ? 3 : 2}
            placeholder={placeholder}
            // An empty title would leave the map list with a blank row; the other fields may be empty.
            validate={key === 'title' ? (text) => (text.trim() ? null : 'A map needs a title.') : undefined}
            onCommit={(text) => actions.setMapInfo({ [key]: key === 'title' ? text.trim() : text })}
          />
        ))}
      </section>
      <LanesSection />
      <Legend />
      <ShortcutsList />
    </div>
  );
}
