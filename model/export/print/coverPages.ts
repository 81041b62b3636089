import type { JourneyMap } from '../../journeyMap';
import { coverFigures, FIGURES_HEIGHT } from './coverFigures';
import { EMOTION_COLORS } from '../../records/emotion';
import { THEME } from '../svg/exportTheme';
import { layoutLegend } from '../svg/renderLegend';
import { el, num } from '../svg/svgMarkup';
import { mapDefs, readableScale, windowOnto } from './mapDrawing';
import type { PageBody } from './pageFrame';
import { contentBox, type PrintOptions, type Size } from './printOptions';
import { printLine, PRINT_TEXT, type PrintStyle } from './printText';
import { flow, paragraph, type FlowBlock } from './textFlow';

const LABEL_WIDTH = 78;
const FIELD: PrintStyle = { size: 12, lead: 16.5 };
const SCENARIO: PrintStyle = { size: 11, lead: 15.5, color: THEME.muted };
const ACCENT_HEIGHT = 5;

/**
 * The title page a deck reader opens first: whose journey and why (title, persona, goal, scenario),
 * the date and the map's size, then the legend to read the map pages with (the export's own
 * legend, at a scale where its smallest text is 8 pt; on a page of its own when it does not fit).
 */
export function coverPages(map: JourneyMap, page: Size, options: PrintOptions): PageBody[] {
  const box = contentBox(page);
  const width = box.width;
  const blocks: FlowBlock[] = [
    { lines: paragraph('CUSTOMER JOURNEY MAP', PRINT_TEXT.label, width), gapBefore: 0 },
    {
      lines: paragraph(map.info.title.trim() || 'Untitled journey', PRINT_TEXT.title, width),
      gapBefore: 4,
    },
    ...(options.date
      ? [{ lines: paragraph(`Exported ${options.date}`, PRINT_TEXT.muted, width), gapBefore: 6 }]
      : []),
    ...field('PERSONA', map.info.persona, FIELD, width),
    ...field('GOAL', map.info.goal, FIELD, width),
    ...field('SCENARIO', map.info.scenario, SCENARIO, width),
  ];
  const top = ACCENT_HEIGHT + 14;
  const textBox = { ...box, y: box.y + top, height: box.height - top - FIGURES_HEIGHT - 20 };
  const { pages, endY } = flow(blocks, { box: textBox, columns: 1, gutter: 0 });
  const figuresY = box.y + box.height - FIGURES_HEIGHT;
  const bodies = pages.map((body, i) =>
    i === 0
      ? el('rect', {
          x: box.x,
          y: box.y,
          width: box.width,
          height: ACCENT_HEIGHT,
          rx: 2,
          fill: THEME.accent,
        }) +
        body +
        coverFigures(map, { ...box, y: figuresY, height: FIGURES_HEIGHT })
      : body,
  );

  // The legend, in the export's units (CSS px), scaled so its smallest text prints at 8 pt.
  const probe = layoutLegend(map, width / 0.8);
  const scale = readableScale(probe.render(0, 0));
  const legend = layoutLegend(map, width / scale);
  const legendSvg = legend.render(0, 0);
  const keyHeight = legendKeyHeight(legendSvg, legend.height);
  const legendHeight = keyHeight * scale + (keyHeight < legend.height ? CURVE_KEY_HEIGHT : 0);
  const gap = 28;
  const fitsBelow =
    pages.length === 1
      ? endY + gap + legendHeight <= figuresY - gap
      : endY + gap + legendHeight <= box.y + box.height;
  const legendTop = fitsBelow ? endY + gap : box.y;
  const drawing =
    el('path', {
      d: `M${num(box.x)} ${num(legendTop - 12)}H${num(box.x + width)}`,
      stroke: THEME.border,
      'stroke-width': 0.75,
    }) +
    windowOnto(
      legendSvg,
      { x: 0, y: 0, width: width / scale, height: keyHeight },
      { x: box.x, y: legendTop, width, height: keyHeight * scale },
    ) +
    (keyHeight < legend.height ? curveKey(box.x, legendTop + keyHeight * scale + 8) : '');
  if (fitsBelow) bodies[bodies.length - 1] += drawing;
  else bodies.push(drawing);
  return bodies.map((body, i) => ({
    kind: 'cover',
    section: i === 0 ? 'Cover' : 'Legend',
    body,
    defs: mapDefs(),
    ...page,
  }));
}

/**
 * How much of the legend is its key. The legend ends with its Summary section on a row of its
 * own, which the Summary pages say in full (a map with 60 hubs makes it taller than a page): the
 * key is the legend down to that row. The whole legend when the Summary shares a row.
 */
function legendKeyHeight(legendSvg: string, height: number): number {
  const summary = /<text x="0" y="([\d.]+)"[^>]*>SUMMARY<\/text>/.exec(legendSvg);
  return summary ? Number(summary[1]) - 10 - 16 : height;
}

const CURVE_KEY_HEIGHT = 22;
const KEY_TEXT: PrintStyle = { size: 10, lead: 12, color: THEME.muted };

/** The curve points' key, which the legend's Summary row carries: filled = measured, hollow = guessed. */
function curveKey(x: number, y: number): string {
  const color = EMOTION_COLORS[1];
  return (
    el('circle', { cx: x + 5, cy: y + 7, r: 4, fill: color, stroke: '#ffffff', 'stroke-width': 1.2 }) +
    printLine('Measured (CSAT/NPS)', x + 14, y + 10.5, KEY_TEXT) +
    el('circle', { cx: x + 134, cy: y + 7, r: 3.6, fill: '#ffffff', stroke: color, 'stroke-width': 1.6 }) +
    printLine('Guessed', x + 142, y + 10.5, KEY_TEXT)
  );
}

/** A labelled header field (skipped when empty): the label in a column of its own, the text wrapped. */
function field(label: string, value: string, style: PrintStyle, width: number): FlowBlock[] {
  const text = value.trim();
  if (!text) return [];
  const lines = paragraph(text, style, width, LABEL_WIDTH).map((line, i) =>
    i === 0
      ? {
          ...line,
          mark: (x: number, baseline: number) => printLine(label, x, baseline, PRINT_TEXT.label),
        }
      : line,
  );
  return [{ lines, gapBefore: 14, keepTogether: lines.length <= 6 }];
}
