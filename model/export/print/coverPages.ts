import { isHub } from '../../hub';
import type { JourneyMap } from '../../journeyMap';
import { NOTE_KIND_TRAITS, NOTE_KINDS } from '../../records/note';
import { THEME } from '../svg/exportTheme';
import { layoutLegend } from '../svg/renderLegend';
import { el, group, num } from '../svg/svgMarkup';
import { mapDefs, smallestFontSize } from './mapDrawing';
import type { PageBody } from './pageFrame';
import { contentBox, PRINT_PAGE, type PrintOptions, type Size } from './printOptions';
import { PRINT_TEXT, type PrintStyle } from './printText';
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
    { lines: paragraph(facts(map, options.date), PRINT_TEXT.muted, width), gapBefore: 6 },
    ...field('PERSONA', map.info.persona, FIELD, width),
    ...field('GOAL', map.info.goal, FIELD, width),
    ...field('SCENARIO', map.info.scenario, SCENARIO, width),
  ];
  const frame = { box: { ...box, y: box.y + ACCENT_HEIGHT + 14 }, columns: 1, gutter: 0 };
  const { pages, endY } = flow(blocks, { ...frame, box: { ...frame.box, height: box.height - 19 } });
  const bodies = pages.map((body, i) =>
    i === 0
      ? el('rect', { x: box.x, y: box.y, width: box.width, height: ACCENT_HEIGHT, rx: 2, fill: THEME.accent }) +
        body
      : body,
  );

  // The legend, in the export's units (CSS px), scaled so its smallest text prints at 8 pt.
  const probe = layoutLegend(map, width / 0.8);
  const scale = PRINT_PAGE.minText / smallestFontSize(probe.render(0, 0));
  const legend = layoutLegend(map, width / scale);
  const legendHeight = legend.height * scale;
  const gap = 28;
  const fitsBelow = endY + gap + legendHeight <= box.y + box.height;
  const legendTop = fitsBelow ? endY + gap : box.y;
  const drawing =
    el('path', {
      d: `M${num(box.x)} ${num(legendTop - 12)}H${num(box.x + width)}`,
      stroke: THEME.border,
      'stroke-width': 0.75,
    }) +
    group(legend.render(0, 0), { transform: `translate(${num(box.x)} ${num(legendTop)}) scale(${num3(scale)})` });
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

/** A labelled header field (skipped when empty): the label in a column of its own, the text wrapped. */
function field(label: string, value: string, style: PrintStyle, width: number): FlowBlock[] {
  const text = value.trim();
  if (!text) return [];
  const lines = paragraph(text, style, width, LABEL_WIDTH).map((line, i) =>
    i === 0
      ? {
          ...line,
          mark: (x: number, baseline: number) =>
            el(
              'text',
              { x, y: baseline, 'font-size': PRINT_TEXT.label.size, 'font-weight': 'bold', fill: THEME.faint },
              label,
            ),
        }
      : line,
  );
  return [{ lines, gapBefore: 14, keepTogether: lines.length <= 6 }];
}

/** "5 stages · 23 touchpoints · 2 hubs · 6 pain points · 4 opportunities · 2026-03-03". */
function facts(map: JourneyMap, date?: string): string {
  const notes = NOTE_KINDS.map((kind) => {
    const n = map.notes.filter((x) => x.kind === kind).length;
    return `${n} ${n === 1 ? NOTE_KIND_TRAITS[kind].noun : NOTE_KIND_TRAITS[kind].plural.toLowerCase()}`;
  });
  return [
    count(map.stages.length, 'stage'),
    count(map.touchpoints.length, 'touchpoint'),
    count(map.touchpoints.filter(isHub).length, 'hub'),
    ...notes,
    ...(date ? [date] : []),
  ].join('  ·  ');
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** A scale to three decimals (num() rounds to one, too coarse for a factor). */
const num3 = (n: number) => String(Math.round(n * 1000) / 1000);
