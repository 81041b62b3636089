import { PERSONA_COLORS, personaSchema, PERSONA_LIST_MAX, type Persona } from '../records/persona';

/** A library persona before it has an id and a place in the library's order. */
export type PersonaDraft = Omit<Persona, 'id' | 'order'>;

/** Which list a sentence of the free text goes to, by its words; the first rule that matches wins. */
const SENTENCE_RULES: ReadonlyArray<{
  readonly list: 'goals' | 'needs' | 'frustrations';
  readonly words: RegExp;
}> = [
  {
    list: 'frustrations',
    words:
      /\b(frustrat\w*|hates?|annoy\w*|angry|upset|struggl\w*|can't|cannot|tired of|fed up|worr\w*|confus\w*|pain\w*|dislikes?|complain\w*|waits? too)\b/i,
  },
  {
    list: 'goals',
    words: /\b(wants?|goals?|hopes?|aims?|trying to|would like|wish\w*|dreams?|plans? to)\b/i,
  },
  { list: 'needs', words: /\b(needs?|must|requires?|expects?|relies on|depends on)\b/i },
];

/**
 * Today's free-text persona line ("Dana Ruiz, small-business owner, 42. Wants internet that just
 * works. Frustrated by long hold times.") as a library persona draft: the first clause is the name,
 * the rest of the first sentence the role, a quoted part the quote, and each later sentence a goal,
 * need or frustration by its words (one with no telling words is a need). `takenColors`: the
 * library's colours; the first free one of PERSONA_COLORS is picked. Pure; the draft passes the
 * persona schema (long parts are cut, lists capped).
 */
export function personaFromFreeText(text: string, takenColors: readonly string[] = []): PersonaDraft {
  const quoteMatch = /["“«]([^"”»]{1,500})["”»]/.exec(text);
  const quote = quoteMatch?.[1]?.trim() ?? '';
  const rest = (quoteMatch ? text.replace(quoteMatch[0], ' ') : text).replace(/[^\S\n]+/g, ' ').trim();
  const [first = '', ...sentences] = splitSentences(rest);
  const clauseEnd = first.search(/[,;:(–—]| - /);
  const name = (clauseEnd < 0 ? first : first.slice(0, clauseEnd)).trim();
  const role = (clauseEnd < 0 ? '' : first.slice(clauseEnd + 1)).replace(/^[\s,;:(–—-]+|[\s)]+$/g, '').trim();
  const lists = { goals: [] as string[], needs: [] as string[], frustrations: [] as string[] };
  for (const sentence of sentences) {
    const list = SENTENCE_RULES.find((r) => r.words.test(sentence))?.list ?? 'needs';
    if (lists[list].length < PERSONA_LIST_MAX) lists[list].push(cut(sentence, 300));
  }
  const draft: PersonaDraft = {
    name: cut(name, 120) || 'Persona',
    role: cut(role, 200),
    color: freeColor(takenColors),
    goals: lists.goals,
    needs: lists.needs,
    frustrations: lists.frustrations,
    quote: cut(quote, 500),
  };
  return personaSchema.omit({ id: true, order: true }).parse(draft);
}

/** Sentences without their end mark: split after . ! ? or ; and at line breaks. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\s*\n\s*/)
    .map((s) => s.replace(/[.!?;]+$/, '').trim())
    .filter(Boolean);
}

function freeColor(taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()));
  return PERSONA_COLORS.find((c) => !used.has(c)) ?? PERSONA_COLORS[taken.length % PERSONA_COLORS.length]!;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
