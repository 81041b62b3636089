/**
 * @mentions in comment text. People have free-form names with spaces ("Ana María Ruiz") and no
 * handles, so a mention is `@` followed by a known person's name; where several names fit ("Ana" and
 * "Ana María"), the longest wins. `@` counts only at the start or after a non-word character, so an
 * e-mail address is not a mention.
 */
export interface MentionCandidate {
  readonly id: string;
  readonly name: string;
}

export interface MentionSpan {
  /** Index of the `@`. */
  readonly start: number;
  /** Index after the name. */
  readonly end: number;
  readonly person: MentionCandidate;
}

const WORD = /[\p{L}\p{N}_]/u;

/** Every mention in `text`, left to right, matched against `candidates` (longest name first). */
export function findMentions(text: string, candidates: readonly MentionCandidate[]): MentionSpan[] {
  const byLength = candidates.filter((c) => c.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const spans: MentionSpan[] = [];
  let i = text.indexOf('@');
  while (i >= 0) {
    let next = i + 1;
    if (i === 0 || !WORD.test(text.charAt(i - 1))) {
      const rest = text.slice(i + 1);
      const person = byLength.find(
        (c) =>
          rest.slice(0, c.name.length).toLocaleLowerCase() === c.name.toLocaleLowerCase() &&
          !WORD.test(rest.charAt(c.name.length)),
      );
      if (person) {
        spans.push({ start: i, end: i + 1 + person.name.length, person });
        next = i + 1 + person.name.length;
      }
    }
    i = text.indexOf('@', next);
  }
  return spans;
}

/** The distinct user ids mentioned in `text`, in order of first mention. */
export function mentionIds(text: string, candidates: readonly MentionCandidate[]): string[] {
  return [...new Set(findMentions(text, candidates).map((m) => m.person.id))];
}

export type MentionSegment =
  | { readonly text: string; readonly mention?: undefined }
  | { readonly text: string; readonly mention: MentionCandidate };

/** `text` cut into plain runs and mentions, for drawing mentions highlighted. */
export function splitByMentions(text: string, candidates: readonly MentionCandidate[]): MentionSegment[] {
  const out: MentionSegment[] = [];
  let at = 0;
  for (const span of findMentions(text, candidates)) {
    if (span.start > at) out.push({ text: text.slice(at, span.start) });
    out.push({ text: text.slice(span.start, span.end), mention: span.person });
    at = span.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** Longest name fragment the autocomplete follows after an `@` (names are at most 60 characters). */
const MAX_QUERY = 60;

/**
 * The mention being typed at the caret: the `@` position and the text after it, or null when the
 * caret is not in one (no `@` on this line, or it is part of a word like an e-mail address).
 */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0 || (start > 0 && WORD.test(before.charAt(start - 1)))) return null;
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query)) return null;
  return { start, query };
}

/** Replaces the mention being typed (from `start` to `caret`) with `@Name `; returns the new text and caret. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  return { text: text.slice(0, start) + inserted + text.slice(caret), caret: start + inserted.length };
}

/** Candidates whose name contains the query (case-insensitive), names starting with it first. */
export function matchCandidates<T extends MentionCandidate>(
  candidates: readonly T[],
  query: string,
  limit = 6,
): T[] {
  const q = query.trim().toLocaleLowerCase();
  const hits = candidates.filter((c) => c.name.toLocaleLowerCase().includes(q));
  const starts = (c: T) => (c.name.toLocaleLowerCase().startsWith(q) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b)).slice(0, limit);
}
