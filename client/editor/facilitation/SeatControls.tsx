import { useFacilitationActions, usePresentPeople } from './useFacilitation';

/** Hands the seat to someone on the map, or leaves it free. */
export function SeatControls({ onDone }: { onDone: () => void }) {
  const people = usePresentPeople();
  const actions = useFacilitationActions();
  return (
    <section className="fac-section" aria-label="Facilitator seat">
      <h3 className="fac-section-title">Hand over to…</h3>
      {people.length === 0 && <p className="fac-hint">Nobody else is on the map right now.</p>}
      <ul className="fac-people">
        {people.map((p) => (
          <li key={p.userId}>
            <button
              type="button"
              className="btn btn-sm btn-ghost fac-person"
              aria-label={`Hand over to ${p.name}`}
              onClick={() => {
                if (actions.handOver(p)) onDone();
              }}
            >
              {p.name}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn-sm btn-ghost"
        onClick={() => {
          if (actions.releaseSeat()) onDone();
        }}
      >
        Leave the seat
      </button>
    </section>
  );
}
