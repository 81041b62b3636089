/** Deepest nesting of arrays and objects a JSON body may have; no Journey body comes near it. */
export const MAX_JSON_DEPTH = 64;

/**
 * True if `text` nests arrays or objects deeper than `maxDepth`. A linear scan that skips strings
 * (and the escapes in them), run before JSON.parse so that no recursive reader downstream (zod,
 * the map-file parser) ever sees a body deep enough to overflow the stack. Malformed text is left
 * to JSON.parse to refuse.
 */
export function jsonTooDeep(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Whether a thrown error is V8's stack overflow ("Maximum call stack size exceeded"). */
export function isStackOverflow(err: unknown): boolean {
  return err instanceof RangeError && /call stack/i.test(err.message);
}
