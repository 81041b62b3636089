import { MAP_VARIANT_VIEW_LABELS, MAP_VARIANT_VIEWS, type MapVariantView } from '../../../model';
import { shownVariant } from '../actions/futureApi';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

const SHORT: Record<MapVariantView, string> = { current: 'Current', future: 'Future', both: 'Both' };

/**
 * Current | Future | Both (model/future): which state of the map this tab shows. Only on a map
 * that holds a future state; a view, so every role has it (Shift+V steps it too).
 */
export function VariantToggle() {
  const has = useEditor((s) => s.map?.settings.futureState === true);
  const view = useEditor(shownVariant);
  const actions = useEditorActions();
  if (!has) return null;
  return (
    <div
      className="sp-segmented variant-toggle"
      role="group"
      aria-label="Map state"
      data-testid="variant-toggle"
    >
      {MAP_VARIANT_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className={`sp-segment${view === v ? ' is-active' : ''}`}
          aria-pressed={view === v}
          title={`${MAP_VARIANT_VIEW_LABELS[v]} (Shift+V)`}
          onClick={() => actions.setVariantView(v)}
        >
          {SHORT[v]}
        </button>
      ))}
    </div>
  );
}
