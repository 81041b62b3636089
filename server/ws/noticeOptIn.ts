import { NOTICES_PARAM } from '../../model';

/**
 * Whether a socket URL asks for journey notices (`?notices=1`, see `noticeParams`). Only the app
 * does; a stock y-websocket client does not know message type 4 and would log an error per notice.
 */
export function asksForNotices(rawUrl: string): boolean {
  return new URL(rawUrl, 'http://localhost').searchParams.get(NOTICES_PARAM) === '1';
}
