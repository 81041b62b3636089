import { isoDay } from '../../../model';
import { useNow } from '../../ui/useNow';

/**
 * Today as `YYYY-MM-DD` (UTC, as due dates are compared in model/programme/actionStatus), rolling
 * over at midnight while the map stays open: what is overdue follows the clock, not the last edit.
 */
export function useToday(): string {
  return isoDay(useNow());
}
