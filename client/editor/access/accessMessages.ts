import type { AccessErrorCode } from '../../../model';

/** What a person reads when a share link is refused, by the server's code. */
const MESSAGES: Record<AccessErrorCode, string> = {
  token_expired: 'This share link has expired',
  token_revoked: 'This share link was revoked',
  token_wrong_map: 'This link is for another map',
  token_invalid: 'This link is not valid',
  token_missing: 'This map needs a share link',
};

const ADVICE = 'Ask the person who shared it for a new link.';

/** The headline for a refused token; unknown codes read as "not valid". */
export function accessDeniedTitle(code: string | undefined): string {
  return (code && code in MESSAGES ? MESSAGES[code as AccessErrorCode] : undefined) ?? MESSAGES.token_invalid;
}

/**
 * The message for a socket the server closed because of the token: 4401 (missing, invalid, expired,
 * revoked) or 4403 (another map's link). The reason starts with the code; null for other closes.
 */
export function accessCloseMessage(code: number, reason: string): string | null {
  if (code !== 4401 && code !== 4403) return null;
  const found = Object.keys(MESSAGES).find((c) => reason.includes(c));
  const title = found
    ? accessDeniedTitle(found)
    : code === 4403
      ? MESSAGES.token_wrong_map
      : MESSAGES.token_invalid;
  return `${title}. ${ADVICE}`;
}
