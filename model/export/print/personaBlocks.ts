import { personaInitials, type Persona } from '../../records/persona';
import { THEME } from '../svg/exportTheme';
import { el, num, text } from '../svg/svgMarkup';
import { ITEM_INDENT, sectionHeading } from './printBlocks';
import { PRINT_TEXT } from './printText';
import { paragraph, type FlowBlock, type FlowLine } from './textFlow';

/** The avatar's diameter, and the indent of a persona's text right of it. */
const AVATAR = 30;
const TEXT_INDENT = AVATAR + 12;

/** A persona's lists, in the order the page prints them: a table, not a chain of ifs. */
const PERSONA_LISTS = [
  { key: 'goals', label: 'Goals' },
  { key: 'needs', label: 'Needs' },
  { key: 'frustrations', label: 'Frustrations' },
] as const satisfies ReadonlyArray<{ readonly key: keyof Persona; readonly label: string }>;

/**
 * Issue 21: the map's linked personas on a page of their own (after the summary): per persona its
 * avatar (initials on its colour, or its photo when that is a data: URL: the PDF never fetches),
 * name, role, goals, needs, frustrations and quote. Empty for a map without linked personas.
 */
export function personaBlocks(personas: readonly Persona[], width: number): FlowBlock[] {
  if (personas.length === 0) return [];
  const blocks: FlowBlock[] = [
    sectionHeading('Personas', width, true),
    {
      lines: paragraph(
        'Who this journey is drawn for: each persona’s curve is on the map in its colour.',
        PRINT_TEXT.muted,
        width,
      ),
      gapBefore: 4,
    },
  ];
  for (const persona of personas) blocks.push(...personaEntry(persona, width));
  return blocks;
}

function personaEntry(persona: Persona, width: number): FlowBlock[] {
  const name = persona.name.trim() || 'Unnamed persona';
  const head: FlowLine[] = [
    ...paragraph(name, PRINT_TEXT.h2, width, TEXT_INDENT, avatarMark(persona)),
    ...(persona.role.trim() ? paragraph(persona.role.trim(), PRINT_TEXT.muted, width, TEXT_INDENT) : []),
  ];
  // The avatar is taller than a name alone: room under it before the lists.
  const spacer = head.length < 2 ? [{ text: '', style: PRINT_TEXT.muted, indent: TEXT_INDENT }] : [];
  const out: FlowBlock[] = [
    {
      lines: [...head, ...spacer],
      gapBefore: 18,
      keepWithNext: true,
      keepTogether: true,
      rule: THEME.border,
    },
  ];
  for (const list of PERSONA_LISTS) {
    const items = persona[list.key].map((s) => s.trim()).filter(Boolean);
    if (items.length === 0) continue;
    out.push({
      lines: [
        ...paragraph(list.label.toUpperCase(), PRINT_TEXT.label, width, TEXT_INDENT),
        ...items.flatMap((item) =>
          paragraph(`•  ${item}`, PRINT_TEXT.body, width, TEXT_INDENT + ITEM_INDENT / 2),
        ),
      ],
      gapBefore: 6,
      keepTogether: items.length <= 6,
    });
  }
  const quote = persona.quote.trim();
  if (quote)
    out.push({
      lines: paragraph(`“${quote}”`, PRINT_TEXT.quote, width, TEXT_INDENT),
      gapBefore: 6,
      keepTogether: true,
    });
  return out;
}

/**
 * The avatar left of the persona's name: a circle in its colour with its initials; a data: photo
 * (never a remote one) is laid over it, cropped to the avatar's square. The PDF writer embeds PNG
 * and JPEG photos; for any other type the initials under it show.
 */
function avatarMark(persona: Persona): FlowLine['mark'] {
  return (x, baseline) => {
    const r = AVATAR / 2;
    const cx = x + r;
    const cy = baseline - 4 + r / 2;
    let out =
      el('circle', { cx: num(cx), cy: num(cy), r, fill: persona.color, 'data-part': 'persona-avatar' }) +
      text(personaInitials(persona), {
        x: num(cx),
        y: num(cy + 4),
        'font-size': 11,
        'font-weight': 'bold',
        fill: '#ffffff',
        'text-anchor': 'middle',
      });
    if (persona.photo?.startsWith('data:image/')) {
      out += el(
        'svg',
        { x: num(cx - r), y: num(cy - r), width: AVATAR, height: AVATAR, viewBox: `0 0 ${AVATAR} ${AVATAR}` },
        el('image', {
          href: persona.photo,
          x: 0,
          y: 0,
          width: AVATAR,
          height: AVATAR,
          preserveAspectRatio: 'xMidYMid slice',
          'data-part': 'persona-photo',
        }),
      );
    }
    return out;
  };
}
