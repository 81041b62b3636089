import type { MapVariantView } from '../../records/futureState';
import type { Persona } from '../../records/persona';
import type { CardDetails } from '../svg/renderCardDetails';
import { PAPER_TRAITS, type Orientation, type PaperSize, type PrintLayout } from './printTypes';

/** What the person chose in the export dialog for a print-ready PDF. */
export interface PrintOptions {
  readonly paper: PaperSize;
  readonly orientation: Orientation;
  readonly layout: PrintLayout;
  /** A title page with persona, goal, scenario, date and the legend. */
  readonly cover: boolean;
  /** Hubs by load, moments of pain, unowned touchpoints and open opportunities. */
  readonly summary: boolean;
  /** Every card's description, VoC, routes, and the five whys of the pain points. */
  readonly appendix: boolean;
  /** The cards' descriptions and top verbatims under the legend of a one-page (`fit`) map. */
  readonly details?: CardDetails;
  /**
   * Printed on the cover and in the map's header (e.g. "2026-03-03"); absent keeps output stable.
   * Also "today" for overdue actions and the curve's stale points (neither is judged without it).
   */
  readonly date?: string;
  /** Issue 21: the persona library (not in the map doc): the linked personas' curves on the map pages. */
  readonly personas?: readonly Persona[];
  /**
   * Issue 21: the future state's view (model/future), as the other exports take it: 'future' prints
   * the to-be map, 'both' adds the New/Changed/Removed badges and both curves; absent = as is.
   */
  readonly variant?: MapVariantView;
}

export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  paper: 'a4',
  orientation: 'landscape',
  layout: 'stages',
  cover: true,
  summary: true,
  appendix: true,
};

/** Layouts in the order the dialog offers them, with their names there. */
export const PRINT_LAYOUT_TRAITS: Record<
  PrintLayout,
  {
    readonly label: string;
    readonly hint: string;
    /** It prints the whole exported page, so the cards' details can go under its legend. */
    readonly cardDetails: boolean;
  }
> = {
  fit: { label: 'One page', hint: 'The whole map on one page of its own size', cardDetails: true },
  stages: {
    label: 'Stage per page',
    hint: 'Groups of stages at real-size text, lanes on every page',
    cardDetails: false,
  },
  poster: {
    label: 'Poster tiles',
    hint: 'The map at real size, in tiles with crop marks to assemble',
    cardDetails: true,
  },
};
export const PRINT_LAYOUTS = ['fit', 'stages', 'poster'] as const satisfies readonly PrintLayout[];

/**
 * The page furniture, in PDF points: margins, the running head (map title, section) and foot
 * (page n of N). Text is never under `minText`: 8 pt is the smallest people read on paper.
 */
export const PRINT_PAGE = {
  margin: 28,
  headHeight: 24,
  footHeight: 20,
  minText: 8,
  /** Poster tiles overlap by this much (10 mm), so a team glues them edge on edge. */
  overlap: 28.35,
  /** CSS px → pt (96 px = 72 pt per inch): the canvas's own size on paper. */
  ptPerPx: 0.75,
  /** The largest page a PDF viewer must support (200 inches); a bigger one-page map is scaled down. */
  maxPage: 14_400,
} as const;

export interface Size {
  readonly width: number;
  readonly height: number;
}
export interface Box extends Size {
  readonly x: number;
  readonly y: number;
}

/** The paper's size in points, turned for the orientation. */
export function paperSize(paper: PaperSize, orientation: Orientation): Size {
  const { width, height } = PAPER_TRAITS[paper];
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** Where a page's content goes: inside the margins, below the running head, above the foot. */
export function contentBox(page: Size): Box {
  const { margin, headHeight, footHeight } = PRINT_PAGE;
  return {
    x: margin,
    y: margin + headHeight,
    width: page.width - 2 * margin,
    height: page.height - 2 * margin - headHeight - footHeight,
  };
}
