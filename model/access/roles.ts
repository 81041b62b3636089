import { z } from 'zod';

/**
 * Who may do what with a map. The server enforces these per connection and per request; the
 * client only mirrors them (read-only UI), so nothing here is trusted from the client side.
 */
export const ROLES = ['editor', 'commenter', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Only editors change the map doc (and rename, duplicate, delete or share it). */
export function canEditMap(role: Role): boolean {
  return role === 'editor';
}

/** Editors and commenters write the comments doc; viewers only read it. */
export function canWriteComments(role: Role): boolean {
  return role !== 'viewer';
}

/** `open`: no token means editor (a local workshop). `locked`: every map needs a share link. */
export const ACCESS_MODES = ['open', 'locked'] as const;
export type AccessMode = (typeof ACCESS_MODES)[number];

/**
 * Why a token was refused. Sent as `code` in HTTP error bodies and at the start of WebSocket close
 * reasons, so the client can pick its message without parsing English.
 */
export const ACCESS_ERROR_CODES = [
  'token_missing',
  'token_invalid',
  'token_wrong_map',
  'token_expired',
  'token_revoked',
] as const;
export type AccessErrorCode = (typeof ACCESS_ERROR_CODES)[number];
