/** Grey rows in the table's shape while the actions load, so the page does not jump. */
export function ActionsSkeleton() {
  return (
    <section className="actions-card" aria-busy="true">
      <span className="visually-hidden" role="status">
        Loading actions…
      </span>
      <div className="actions-filters" aria-hidden="true">
        {[96, 96, 96, 96].map((w, i) => (
          <span key={i} className="skeleton skeleton-text" style={{ width: w, height: 28 }} />
        ))}
      </div>
      <ul className="actions-skeleton" aria-hidden="true">
        {[58, 42, 66, 50, 38].map((w) => (
          <li key={w}>
            <span className="skeleton skeleton-text" style={{ width: `${w}%` }} />
            <span className="skeleton skeleton-text" style={{ width: 72 }} />
            <span className="skeleton skeleton-text" style={{ width: 90 }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
