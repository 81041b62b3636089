import type { Emotion } from '../../../model';
import type { EditorActions } from '../editorActions';
import type { EditorState, EditorStore } from '../store/editorStore';

/**
 * What an action asks of the person: nothing (view tools, Escape, "?"), editor rights on a map
 * that is not frozen for them (every map write), or the facilitator's seat (an editor even on a
 * frozen map: the server's rule, "a free seat is free").
 */
export type Needs = 'nothing' | 'editor' | 'seat';

/** The parts of a KeyboardEvent a key test reads (plain objects in unit tests). */
export interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly target?: EventTarget | null;
}

/**
 * Where a key works. `canvas`: a plain key (no Ctrl/Cmd, no Alt) while the canvas or nothing has
 * the focus; `page`: a Ctrl/Cmd key anywhere but in a field, a list or a dialog; `anywhere`: also
 * while typing in a field (only an open dialog keeps it).
 */
export type KeyScope = 'canvas' | 'page' | 'anywhere';

/** One row of the shortcuts sheet, and (with `test`) the key that runs the action. */
export interface KeyBinding {
  /** As shown, one key cap each; `Mod` is Ctrl on a PC and ⌘ on a Mac. */
  readonly keys: readonly string[];
  /** The sheet's words for this key; the action's `label` when absent. */
  readonly hint?: string;
  /**
   * Which keys run the action. Absent: another module handles these keys (named in `handledBy`),
   * the registry only lists them, so the sheet still shows every key the editor knows.
   */
  readonly test?: (e: KeyLike) => boolean;
  readonly handledBy?: string;
  /** This key only while this holds (S adds a stage only with no card selected); the button always. */
  readonly when?: (ctx: ActionContext) => boolean;
  readonly scope?: KeyScope;
  /**
   * Caught on the way down (capture), before React Flow sees it: the arrows, which React Flow would
   * otherwise also use to shift the focused node by a few pixels that are in no document.
   */
  readonly capture?: true;
  /** The browser's own handling stays (Delete, Escape); every other key that acts is prevented. */
  readonly keepDefault?: true;
}

/** Screen controls the map doc knows nothing about, wired in by the editor's page and toolbar. */
export interface ScreenControls {
  fit(): void;
  togglePanel(): void;
}

/** What an action's predicates and perform read. */
export interface ActionContext {
  readonly store: EditorStore;
  readonly actions: EditorActions;
  readonly screen: ScreenControls;
  /** Scores typed as -2…+2 over two keys (cardKeys.ts): one parser per keyboard handler. */
  readonly emotionKeys: (key: string) => Emotion | 'pending' | undefined;
  /** The key that ran the action, when a key did. */
  readonly key?: KeyLike;
}

/** A toolbar button: its text and classes; its accessible name is the action's label. */
export interface ToolbarButton {
  readonly text: string;
  readonly className: string;
  /** The tooltip before the shortcut ("Undo your last change (Ctrl+Z)"); the label when absent. */
  readonly tip?: string;
  /** Greyed out (not hidden) while this holds, e.g. nothing to undo. */
  readonly disabled?: (state: EditorState) => boolean;
}

/** One user-facing editor action, declared once (see registry.ts). */
export interface EditorAction {
  readonly id: string;
  /** What the action does, in a few words: the toolbar button's accessible name. */
  readonly label: string;
  readonly needs: Needs;
  readonly keys?: readonly KeyBinding[];
  readonly toolbar?: ToolbarButton;
  /** False: the action does not apply now (nothing selected…); a key then goes to the next action. */
  readonly enabled?: (ctx: ActionContext) => boolean;
  /**
   * Does it. Returning false says the key was not this action's after all (a letter that is no
   * channel initial), so the next action may take it. Absent for keys handled elsewhere.
   */
  readonly perform?: (ctx: ActionContext) => boolean | void;
}
