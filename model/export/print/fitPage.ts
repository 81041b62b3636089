import type { JourneyMap } from '../../journeyMap';
import { mapExportSize, renderMapSvg } from '../svg/renderMapSvg';
import { svgContent, windowOnto } from './mapDrawing';
import type { PageBody } from './pageFrame';
import { PRINT_PAGE, type PrintOptions } from './printOptions';

/**
 * The whole exported map on one page of its own size (the one-page PDF of before): the canvas's
 * size on paper, inside the margins and running head and foot, scaled down only past the largest
 * page a PDF viewer must open.
 */
export function fitPage(map: JourneyMap, options: PrintOptions): PageBody {
  const { margin, headHeight, footHeight, ptPerPx, maxPage } = PRINT_PAGE;
  const size = mapExportSize(map, options.date, options.details);
  const chromeW = 2 * margin;
  const chromeH = 2 * margin + headHeight + footHeight;
  const scale = Math.min(ptPerPx, (maxPage - chromeW) / size.width, (maxPage - chromeH) / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  const svg = renderMapSvg(map, {
    date: options.date,
    details: options.details,
    personas: options.personas,
    variant: options.variant,
  });
  return {
    kind: 'map',
    section: 'Map',
    width: width + chromeW,
    height: height + chromeH,
    body: windowOnto(
      svgContent(svg),
      { x: 0, y: 0, ...size },
      { x: margin, y: margin + headHeight, width, height },
    ),
  };
}
