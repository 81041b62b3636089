import './programme.css';
import { Icon } from '../../ui/Icon';

/** "(clock) 2 overdue" on a note or touchpoint card; its tooltip lists the actions (one per line). */
export function OverdueFlag({ count, tip }: { count: number | undefined; tip: string | undefined }) {
  if (!count) return null;
  return (
    <span
      className="overdue-flag"
      data-testid="overdue-flag"
      data-count={count}
      title={`Overdue:\n${tip ?? ''}`}
      aria-label={`${count} overdue action${count === 1 ? '' : 's'}`}
    >
      <Icon name="clock" size={10} />
      {count} overdue
    </span>
  );
}
