import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  isPersonKey,
  newPersonKey,
  PERSON_ID_PATTERN,
  personIdFromKey,
  personKeyFromProtocols,
  personProtocols,
} from './person';

describe('person keys and ids', () => {
  it('derives the id as SHA-256 of the key, the same as node:crypto computes it', () => {
    const key = newPersonKey();
    expect(isPersonKey(key)).toBe(true);
    const expected = createHash('sha256').update(`journey.person:${key}`).digest('base64url').slice(0, 22);
    expect(personIdFromKey(key)).toBe(`p_${expected}`);
    expect(personIdFromKey(key)).toMatch(PERSON_ID_PATTERN);
  });

  it('gives different keys different ids, and never reveals the key', () => {
    const a = newPersonKey();
    const b = newPersonKey();
    expect(a).not.toBe(b);
    expect(personIdFromKey(a)).not.toBe(personIdFromKey(b));
    expect(personIdFromKey(a)).not.toContain(a.slice(0, 10));
  });

  it('reads the key from the offered subprotocols and ignores malformed ones', () => {
    const key = newPersonKey();
    expect(personKeyFromProtocols(personProtocols(key))).toBe(key);
    expect(personKeyFromProtocols(['journey'])).toBeUndefined();
    expect(personKeyFromProtocols(['journey', 'journey.person.short'])).toBeUndefined();
    expect(personKeyFromProtocols(['journey', `journey.person.${key}!`])).toBeUndefined();
  });
});
