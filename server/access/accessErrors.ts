import type { AccessErrorCode } from '../../model';
import { CloseCode } from '../closeCodes';

export interface AccessErrorInfo {
  /** 401: the token does not prove anything (any more). 403: it is valid, but not for this map. */
  status: 401 | 403;
  closeCode: typeof CloseCode.UNAUTHORIZED | typeof CloseCode.FORBIDDEN;
  /** A sentence for people, shown by the client as is. */
  message: string;
}

/** One place for how each refusal reads and which HTTP status / close code carries it. */
export const ACCESS_ERRORS: Record<AccessErrorCode, AccessErrorInfo> = {
  token_missing: {
    status: 401,
    closeCode: CloseCode.UNAUTHORIZED,
    message: 'This Journey server is locked: open the map through a share link.',
  },
  token_invalid: {
    status: 401,
    closeCode: CloseCode.UNAUTHORIZED,
    message: 'This share link is not valid. Ask the person who shared it for a new one.',
  },
  token_expired: {
    status: 401,
    closeCode: CloseCode.UNAUTHORIZED,
    message: 'This share link has expired. Ask the person who shared it for a new one.',
  },
  token_revoked: {
    status: 401,
    closeCode: CloseCode.UNAUTHORIZED,
    message: 'This share link was revoked. Ask the person who shared it for a new one.',
  },
  token_wrong_map: {
    status: 403,
    closeCode: CloseCode.FORBIDDEN,
    message: 'This share link is for a different map.',
  },
};

/** WebSocket close reason: the code first (for the client to switch on), then the sentence. */
export function accessCloseReason(code: AccessErrorCode): string {
  return `${code}: ${ACCESS_ERRORS[code].message}`;
}
