/** Random record ids: unique across clients without coordination (Yjs merges by key). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return `${prefix}_${s}`;
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Map ids travel in URLs and room names: keep them to a safe alphabet. */
export const MAP_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
