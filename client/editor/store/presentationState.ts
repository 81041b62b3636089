/** The tab everyone follows while the map is presented (read from awareness: `findPresenter`). */
export interface Presenter {
  /** Its awareness client id: one person may present from one tab and watch from another. */
  readonly clientId: number;
  readonly slideId: string;
  readonly name: string;
  readonly color: string;
}

/**
 * Presentation mode as this tab lives it (issue 18). Session state: the slide shown travels to the
 * others through awareness (`presenting`), never through the doc, so presenting edits nothing.
 */
export interface PresentationState {
  /** The slide this tab presents (its id in the deck); null when this tab does not present. */
  readonly slideId: string | null;
  /** The tab this one follows while someone presents; null when nobody does. */
  readonly presenter: Presenter | null;
  /** This person stepped out of following ("Rejoin presenter" steps back in). */
  readonly steppedOut: boolean;
}

export const NOT_PRESENTING: PresentationState = { slideId: null, presenter: null, steppedOut: false };

/** What the screen is doing: presenting, following a presenter, or the ordinary editor. */
export type PresentationMode = 'presenting' | 'following' | 'off';

export function presentationMode(p: PresentationState): PresentationMode {
  if (p.slideId !== null) return 'presenting';
  return p.presenter !== null && !p.steppedOut ? 'following' : 'off';
}
