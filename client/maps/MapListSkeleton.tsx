/** Grey rows in the list's shape while it loads, so the page does not jump when it arrives. */
export function MapListSkeleton() {
  return (
    <section className="map-list-card" aria-busy="true" data-testid="maps-loading">
      <span className="visually-hidden" role="status">
        Loading maps…
      </span>
      <div className="map-list-header" aria-hidden="true">
        <span className="skeleton skeleton-text" style={{ width: 56 }} />
      </div>
      <ul className="map-list" aria-hidden="true">
        {[62, 44, 53].map((width) => (
          <li key={width} className="map-row map-row-skeleton">
            <span className="skeleton map-tile" />
            <div className="map-row-main">
              <span className="skeleton skeleton-title" style={{ width: `${width}%` }} />
              <span className="skeleton skeleton-text" style={{ width: 120 }} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
