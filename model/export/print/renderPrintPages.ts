import { exportPersonas } from '../svg/renderPersonaCurves';
import { effectiveView, variantOf } from '../../future/futureVariant';
import type { JourneyMap } from '../../journeyMap';
import type { Persona } from '../../records/persona';
import { appendixBlocks } from './appendixBlocks';
import { coverPages } from './coverPages';
import { fitPage } from './fitPage';
import { futureSummaryBlocks } from './futureSummary';
import { framePage, type PageBody } from './pageFrame';
import { personaBlocks } from './personaBlocks';
import { posterPages, type MapDrawn } from './posterPages';
import { contentBox, paperSize, type PrintOptions, type Size } from './printOptions';
import type { PrintLayout, PrintPage } from './printTypes';
import { stagePages } from './stagePages';
import { summaryBlocks } from './summaryBlocks';
import { columnWidth, flowPages, type FlowBlock, type FlowFrame } from './textFlow';

/** How each layout lays the map itself on paper (`map` is the state the export draws). */
const MAP_PAGES: Record<
  PrintLayout,
  (map: JourneyMap, page: Size, options: PrintOptions, drawn: MapDrawn) => PageBody[]
> = {
  fit: (map, _page, options) => [fitPage(map, options)],
  stages: (map, page, options, drawn) => stagePages(map, page, options.date, drawn.personas, drawn.both),
  poster: posterPages,
};

/**
 * The print-ready PDF's pages, as SVG at paper size (pure: the client's writePdf turns them into
 * one PDF): the cover, the summary, the linked personas, the map laid out as asked (in the future
 * state's view `options.variant`, as the other exports), and the appendix, each page with the
 * map's title and "Page n of N". Text pages flow in two columns on landscape paper.
 */
export function renderPrintPages(map: JourneyMap, options: PrintOptions): PrintPage[] {
  const page = paperSize(options.paper, options.orientation);
  const view = effectiveView(map, options.variant ?? 'current');
  const shown = variantOf(map, view);
  const personas: readonly Persona[] = exportPersonas(map, options.personas);
  const drawn: MapDrawn = { personas, both: view === 'both' };
  const bodies: PageBody[] = [
    ...(options.cover ? coverPages(map, page, options) : []),
    ...(options.summary
      ? textPages(page, 'summary', 'Summary', (w) => [
          ...summaryBlocks(map, w, options.date),
          ...(drawn.both ? futureSummaryBlocks(map, w) : []),
        ])
      : []),
    ...(personas.length > 0
      ? textPages(page, 'personas', 'Personas', (w) => personaBlocks(personas, w))
      : []),
    ...MAP_PAGES[options.layout](shown, page, { ...options, variant: view }, drawn),
    ...(options.appendix
      ? textPages(page, 'appendix', 'Appendix', (w) => appendixBlocks(map, w, options.date))
      : []),
  ];
  const title = map.info.title.trim() || 'Untitled journey';
  return bodies.map((body, i) => ({
    kind: body.kind,
    svg: framePage(body, title, i + 1, bodies.length),
    widthPt: body.width,
    heightPt: body.height,
  }));
}

function textPages(
  page: Size,
  kind: 'summary' | 'personas' | 'appendix',
  section: string,
  blocks: (columnWidth: number) => FlowBlock[],
): PageBody[] {
  const frame: FlowFrame = {
    box: contentBox(page),
    columns: page.width > page.height ? 2 : 1,
    gutter: 28,
  };
  return flowPages(blocks(columnWidth(frame)), frame).map((body) => ({ kind, section, body, ...page }));
}
