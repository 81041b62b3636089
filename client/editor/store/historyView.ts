import type { JourneyMap } from '../../../model';
import type { VersionSummary } from '../../../model/history';
import { selectionStillExists, type EditorStore } from './editorStore';

/**
 * The History panel's view state (this tab only, never the document): the panel, the previewed
 * version, and what the canvas marks. Kept here, beside the store, so the keyboard (actions/),
 * the panel and the banner change it the same way.
 */

/** Opens or closes the History panel; closing it also leaves a preview (its list is gone). */
export function showHistory(store: EditorStore, open: boolean): void {
  if (open) store.setState({ historyOpen: true, commentsTab: null, hubsOpen: false });
  else {
    store.setState({ historyOpen: false });
    leavePreview(store);
  }
}

/**
 * Shows a version on the canvas, read-only. The selection goes (its card may not exist in the
 * version), and so does a comparison with another version; "changed since the session began" stays.
 */
export function startPreview(store: EditorStore, version: VersionSummary, map: JourneyMap): void {
  const { highlight } = store.getState();
  store.setState({
    preview: { version, map },
    highlight: highlight?.kind === 'session' ? highlight : null,
    selection: null,
    group: [],
    editing: null,
    drag: null,
  });
}

/**
 * Back to the live map, exactly as it is now (it kept syncing behind the preview). A card selected
 * in the version stays selected if the live map has it (the compare list's last pick, say).
 */
export function leavePreview(store: EditorStore): void {
  const { preview, highlight, selection, map } = store.getState();
  if (!preview) return;
  store.setState({
    preview: null,
    highlight: highlight?.kind === 'compare' ? null : highlight,
    selection: map && selectionStillExists(selection, map) ? selection : null,
  });
}

/** "Compare with now": the live map with the previewed version's changes marked (needs a preview). */
export function setCompare(store: EditorStore, on: boolean): void {
  const { preview, highlight } = store.getState();
  if (on && preview) store.setState({ highlight: { kind: 'compare', base: preview.map } });
  else if (!on && highlight?.kind === 'compare') store.setState({ highlight: null });
}

/** "Changed since the session began": marks what changed since `base` (null turns it off). */
export function setSessionChanges(store: EditorStore, base: JourneyMap | null): void {
  store.setState({ highlight: base ? { kind: 'session', base } : null });
}
