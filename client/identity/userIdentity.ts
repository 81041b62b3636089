import { z } from 'zod';
import { personIdFromKey, userColor } from '../../model';
import { loadPersonKey } from './personKey';

/**
 * Who this browser is: its person id (derived from the person key, as the server derives it, so what
 * this tab writes as "me" is what the server accepts from it) and a display name, remembered in
 * localStorage. No accounts; `?name=` in the URL sets the name (handy for workshop links and tests).
 * The colour derives from the id, so it is the same on every screen and every visit.
 */
export interface UserIdentity {
  readonly id: string;
  /** Null until the person picks a name. */
  readonly name: string | null;
  readonly color: string;
}

const STORAGE_KEY = 'journey.identity';
const stored = z.object({ name: z.string().max(60).nullable() });

export const NAME_MAX = 40;

/** Reads (or creates) this browser's identity; a `?name=` query parameter wins and is remembered. */
export function loadIdentity(search: string = window.location.search): UserIdentity {
  let name: string | null = null;
  try {
    const parsed = stored.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
    if (parsed.success) name = parsed.data.name;
  } catch {
    // Corrupt or unavailable storage: start fresh.
  }
  // Ids remembered before person keys (random `u_…`) are dropped: the server would not accept them.
  const id = personIdFromKey(loadPersonKey());
  const fromUrl = cleanName(new URLSearchParams(search).get('name'));
  if (fromUrl) name = fromUrl;
  save(id, name);
  return { id, name, color: userColor(id) };
}

/** Sets and remembers the display name; returns the updated identity. */
export function saveName(identity: UserIdentity, name: string): UserIdentity {
  const clean = cleanName(name);
  if (!clean) return identity;
  save(identity.id, clean);
  return { ...identity, name: clean };
}

export function cleanName(name: string | null | undefined): string | null {
  const clean = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, NAME_MAX);
  return clean || null;
}

function save(id: string, name: string | null): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ id, name }));
  } catch {
    // Private mode without storage: the identity lasts for this page only.
  }
}
