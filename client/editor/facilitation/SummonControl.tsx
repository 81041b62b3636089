import { usePresence } from '../presence/usePresence';
import { showToast } from '../../ui/toasts';

/** "Bring everyone here": every participant starts following the facilitator's view. */
export function SummonControl({ onDone }: { onDone: () => void }) {
  const presence = usePresence();
  return (
    <section className="fac-section" aria-label="Everyone's view">
      <button
        type="button"
        className="btn btn-sm fac-summon"
        onClick={() => {
          presence.summonEveryone();
          showToast('Everyone now follows your view', 'success');
          onDone();
        }}
      >
        Bring everyone here
      </button>
      <p className="fac-hint">Everyone follows your pan and zoom until they move on their own.</p>
    </section>
  );
}
