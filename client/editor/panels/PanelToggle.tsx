import './panelToggle.css';
import { useEffect, useRef } from 'react';
import { Icon } from '../../ui/Icon';
import { useEditor } from '../EditorContext';
import type { EditorState } from '../store/editorStore';
import { setPanelCollapsed, usePanelCollapsed } from './panelCollapsed';
import { togglePanel } from '../actions/viewActions';
import { isMac, keyText } from '../actions/keyCaps';

const SHORTCUT = keyText(togglePanel.keys[0].keys, isMac());
const KIND_WORDS = {
  touchpoint: 'touchpoint',
  note: 'note',
  stage: 'stage',
  connection: 'connection',
  cell: 'cell',
} as const satisfies Record<NonNullable<EditorState['selection']>['kind'], string>;

/** What the folded panel would show: named on its button, so a selection is one click from its details. */
const selectedWord = (s: EditorState): string | null =>
  s.group.length > 0 ? `${s.group.length} cards’` : s.selection ? KIND_WORDS[s.selection.kind] : null;

/**
 * The side panel's fold button, in a strip between the canvas and the panel. Open: the strip has
 * no width and the button is a round tab on the panel's left border. Folded: a 40 px rail whose
 * button names the selection when there is one ("Show touchpoint details", written upwards):
 * selecting a card never unfolds the panel by itself, the rail is the way back, and it covers no
 * part of the map. One element in both states, so keyboard focus stays on it across a toggle.
 */
export function PanelToggle() {
  const collapsed = usePanelCollapsed();
  const selected = useEditor(selectedWord);
  const button = useRef<HTMLButtonElement>(null);
  const mounted = useRef(false);
  // Folding with the shortcut while typing in the panel drops focus on <body>: land it here instead.
  useEffect(() => {
    if (mounted.current && collapsed && document.activeElement === document.body) button.current?.focus();
    mounted.current = true;
  }, [collapsed]);

  const label = collapsed ? (selected ? `Show ${selected} details` : 'Show details') : 'Hide details';
  return (
    <div className={`panel-rail${collapsed ? ' is-collapsed' : ''}`}>
      <button
        ref={button}
        type="button"
        className={`panel-toggle${collapsed ? ' is-collapsed' : ''}${collapsed && selected ? ' has-selection' : ''}`}
        aria-label={collapsed ? undefined : label}
        aria-expanded={!collapsed}
        title={`${collapsed ? 'Show' : 'Hide'} the side panel (${SHORTCUT})`}
        onClick={() => setPanelCollapsed(!collapsed)}
        data-testid="panel-toggle"
      >
        <Icon name={collapsed ? 'chevronLeft' : 'chevronRight'} size={14} />
        {collapsed && <span className="panel-toggle-label">{label}</span>}
      </button>
    </div>
  );
}
