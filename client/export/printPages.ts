import type { Persona } from '../../model';
import type { JourneyMap } from '../../model';
import {
  PAPER_TRAITS,
  renderPrintPages,
  type CardDetails,
  type PrintOptions,
  type PrintPage,
} from '../../model/export';

/** What the person picks for a PDF in the export dialog (the date and card details come apart). */
export type PrintChoices = Omit<PrintOptions, 'details' | 'date'>;

let last: { map: JourneyMap; key: string; pages: PrintPage[] } | null = null;

/**
 * The PDF's pages for these choices. The dialog asks on every render (its size note counts them)
 * and Download asks again: the last answer is kept while the map and choices stay the same.
 */
export function printPages(
  map: JourneyMap,
  choices: PrintChoices,
  details: CardDetails,
  date: string,
  personas?: readonly Persona[],
): PrintPage[] {
  const key = JSON.stringify([choices, details, date, personas ?? []]);
  if (last?.map === map && last.key === key) return last.pages;
  const pages = renderPrintPages(map, { ...choices, details, date, personas });
  last = { map, key, pages };
  return pages;
}

/** The dialog's size note for a PDF, e.g. "7 pages · A4 landscape". */
export function printSizeNote(
  map: JourneyMap,
  choices: PrintChoices,
  details: CardDetails,
  date: string,
  personas?: readonly Persona[],
): string {
  const count = printPages(map, choices, details, date, personas).length;
  const pages = `${count} ${count === 1 ? 'page' : 'pages'}`;
  const paper = `${PAPER_TRAITS[choices.paper].label} ${choices.orientation}`;
  if (choices.layout !== 'fit') return `${pages} · ${paper}`;
  const others = count - 1;
  return others > 0
    ? `${pages} · map on a page of its own size, ${others} on ${paper}`
    : `${pages} · the map's own size`;
}
