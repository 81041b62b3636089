import { useMemo, useState } from 'react';
import { AppHeader } from '../app/AppHeader';
import { Link } from '../app/Link';
import { mapsPath } from '../app/router';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import {
  applyFilters,
  countsLine,
  filtersToSearch,
  NO_FILTERS,
  parseFilters,
  sortRows,
  type ActionFilters,
} from './actionFilters';
import { ActionsFilterBar } from './ActionsFilterBar';
import { ActionsSkeleton } from './ActionsSkeleton';
import { ActionsTable } from './ActionsTable';
import { useActionsIndex } from './useActionsIndex';
import './actions.css';

/** A share link's token in this page's URL narrows it to that link's map (the server decides). */
function tokenFromUrl(): string | null {
  return new URLSearchParams(window.location.search).get('token') || null;
}

/** Every action on the server the viewer may see (issue 19): filter, sort, change a status. */
export function ActionsPage() {
  useDocumentTitle('Actions · Journey');
  const [token] = useState(tokenFromUrl);
  const index = useActionsIndex(token);
  const [filters, setFiltersState] = useState<ActionFilters>(() => parseFilters(window.location.search));

  function setFilters(next: ActionFilters) {
    setFiltersState(next);
    // Replace, not push: filtering is not a page to go back to, but a reload keeps it.
    const search = filtersToSearch(next, window.location.search);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
  }

  const { state } = index;
  const rows = state.status === 'ready' ? state.rows : null;
  const shown = useMemo(
    () => (rows ? sortRows(applyFilters(rows, filters), filters.sort) : []),
    [rows, filters],
  );
  const filtered = rows !== null && shown.length !== rows.length;

  return (
    <div className="app-page">
      <AppHeader />
      <main className="actions-main">
        <div className="actions-heading">
          <h1 className="maps-title">Actions</h1>
          <p className="maps-subtitle">Every action on the maps you can open: who does what, by when.</p>
        </div>

        {state.status === 'loading' && <ActionsSkeleton />}
        {state.status === 'error' && (
          <ErrorBanner title="Could not load the actions" message={state.message} onRetry={index.retry} />
        )}
        {rows && rows.length === 0 && (
          <section className="maps-empty" aria-labelledby="actions-empty-title">
            <h2 id="actions-empty-title" className="maps-empty-title">
              No actions yet — add them to opportunities and pain points on a map
            </h2>
            <p className="maps-empty-text">
              Open a map, select an opportunity or a pain point, and add what someone will do about it, by
              when. Every action on every map you can open shows up here.
            </p>
            <Link to={mapsPath('')} className="btn btn-primary">
              Go to your maps
            </Link>
          </section>
        )}
        {rows && rows.length > 0 && state.status === 'ready' && (
          <section className="actions-card" aria-labelledby="actions-counts">
            <ActionsFilterBar rows={rows} filters={filters} onChange={setFilters} />
            <div className="actions-summary">
              <h2 id="actions-counts" className="actions-counts" aria-live="polite">
                {countsLine(shown)}
              </h2>
              {filtered && (
                <span className="actions-filtered">
                  of {rows.length}{' '}
                  <button
                    type="button"
                    className="btn-link"
                    onClick={() => setFilters({ ...NO_FILTERS, sort: filters.sort })}
                  >
                    Clear filters
                  </button>
                </span>
              )}
            </div>
            {shown.length > 0 ? (
              <ActionsTable
                rows={shown}
                today={state.today}
                saving={index.saving}
                onStatus={(row, s) => void index.setStatus(row, s)}
              />
            ) : (
              <p className="actions-none">No actions match these filters.</p>
            )}
          </section>
        )}
      </main>
    </div>
  );
}
