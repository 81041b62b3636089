import { CURRENT_SCHEMA_VERSION, SCHEMA_PARAM } from '../../model';

/**
 * The map's Y.Doc shape (its schema version) must match between a tab and the server: a tab still
 * running an older Journey would write the old shape (a plain string where collaborative text now
 * lives), undoing its merge for everyone. The app says which shape it writes in the socket URL
 * (`?schema=<n>`, see `clientSchemaParams`); a stock or stale client that does not is refused with
 * 4426 and told to reload, before it can write anything. Returns the reason, or undefined when the
 * versions match.
 */
export function outdatedClientReason(rawUrl: string): string | undefined {
  const version = statedSchemaVersion(rawUrl);
  if (version === CURRENT_SCHEMA_VERSION) return undefined;
  if (version !== undefined && version > CURRENT_SCHEMA_VERSION)
    return `This server runs an older Journey (map format v${CURRENT_SCHEMA_VERSION}, the tab v${version}). Try again later.`;
  return `This tab runs an older Journey (map format v${version ?? 1}, now v${CURRENT_SCHEMA_VERSION}). Reload the page.`;
}

/** The map format a socket URL states (`?schema=<n>`), or undefined when it states none or junk. */
export function statedSchemaVersion(rawUrl: string): number | undefined {
  const value = new URL(rawUrl, 'http://localhost').searchParams.get(SCHEMA_PARAM);
  return value !== null && /^\d{1,6}$/.test(value) ? Number(value) : undefined;
}
