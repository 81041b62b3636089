import { isPersonKey, newPersonKey } from '../../model';

const STORAGE_KEY = 'journey.personKey';
/** Without storage (private mode) the key lasts for this page. */
let pageKey: string | undefined;

/**
 * This browser's person key (model/access/person.ts): a random secret kept in localStorage, sent to
 * the server in a header or the WebSocket subprotocol list, never in a URL. Whoever holds it is this
 * person to the server (their votes, comments, facilitator seat, maps they own).
 */
export function loadPersonKey(): string {
  if (pageKey) return pageKey;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isPersonKey(stored)) return (pageKey = stored);
    pageKey = newPersonKey();
    localStorage.setItem(STORAGE_KEY, pageKey);
  } catch {
    pageKey ??= newPersonKey();
  }
  return pageKey;
}
