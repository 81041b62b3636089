import './future.css';
import { futureBadge, type Touchpoint } from '../../../../model';
import { shownVariant } from '../../actions/futureApi';
import { useEditor } from '../../EditorContext';

/**
 * The card's future-state badge in the "both" view (New / Changed / Removed in the trait colours,
 * model/future). Reads the tab's view itself, so switching views leaves the card cache alone; a
 * removed card is faded by CSS (`.tp-card:has(.future-badge.is-removed)`).
 */
export function FutureBadge({ tp }: { tp: Touchpoint }) {
  const view = useEditor(shownVariant);
  const badge = futureBadge(tp, view);
  if (!badge) return null;
  return (
    <span
      className={`future-badge is-${badge.status}`}
      style={{ ['--future' as string]: badge.color }}
      data-testid="future-badge"
      data-status={badge.status}
      title={tp.futureNote ? `${badge.label}: ${tp.futureNote}` : badge.label}
    >
      {badge.text}
    </span>
  );
}
