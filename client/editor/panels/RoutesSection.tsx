import { useId, useMemo } from 'react';
import { CHANNEL_TRAITS, DEMAND_TRAITS, type Connection, type Touchpoint } from '../../../model';
import { DemandField } from './DemandField';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { RouteToPicker } from './RouteToPicker';

interface Route {
  readonly connection: Connection;
  readonly other: Touchpoint;
}

/** The touchpoints customers come from and go to next; each can be opened or the route removed. */
export function RoutesSection({ id, hub }: { id: string; hub: boolean }) {
  const connections = useEditor((s) => s.map?.connections);
  const touchpoints = useEditor((s) => s.map?.touchpoints);
  const canEdit = useCanEdit();
  const routes = useMemo(() => {
    const byId = new Map((touchpoints ?? []).map((t) => [t.id, t]));
    const list = (mine: 'from' | 'to', theirs: 'from' | 'to'): Route[] =>
      (connections ?? []).flatMap((c) => {
        const other = c[mine] === id ? byId.get(c[theirs]) : undefined;
        return other ? [{ connection: c, other }] : [];
      });
    return { in: list('to', 'from'), out: list('from', 'to') };
  }, [connections, touchpoints, id]);

  return (
    <section className="sp-section">
      <RouteList title="Routes in" direction="from" routes={routes.in} tagDemand={hub && canEdit} />
      {hub && routes.in.length > 0 && (
        <p className="sp-hint sp-hub-note">
          Customers fall back on the contact center here from {routes.in.length}{' '}
          {routes.in.length === 1 ? 'touchpoint' : 'touchpoints'}.
        </p>
      )}
      <RouteList title="Routes out" direction="to" routes={routes.out} />
      {canEdit && <RouteToPicker fromId={id} />}
      {canEdit && routes.in.length + routes.out.length === 0 && (
        <p className="sp-hint">
          Or drag from the dot on a card’s right edge and let go anywhere on another card.
        </p>
      )}
    </section>
  );
}

function RouteList({
  title,
  direction,
  routes,
  tagDemand = false,
}: {
  title: string;
  direction: 'from' | 'to';
  routes: readonly Route[];
  /** Routes into a hub: each can be tagged value or failure demand right here. */
  tagDemand?: boolean;
}) {
  const actions = useEditorActions();
  const headingId = useId();
  return (
    <div className="sp-field">
      <h3 className="sp-section-title" id={headingId}>
        {title} <span className="sp-count">{routes.length}</span>
      </h3>
      {routes.length === 0 ? (
        <p className="sp-empty">None</p>
      ) : (
        <ul
          className="sp-list"
          aria-labelledby={headingId}
          data-testid={direction === 'from' ? 'routes-in' : 'routes-out'}
        >
          {routes.map(({ connection, other }) => (
            <li key={connection.id} className={`sp-list-item${tagDemand ? ' has-demand' : ''}`}>
              <button
                type="button"
                className="sp-link"
                onClick={() => actions.select({ kind: 'touchpoint', id: other.id })}
              >
                <span className="dot" style={{ background: CHANNEL_TRAITS[other.channel].color }} />
                <span className="sp-link-text">{other.title || 'Untitled touchpoint'}</span>
              </button>
              {connection.demand && !tagDemand && (
                <span className="sp-route-demand" data-demand={connection.demand}>
                  {DEMAND_TRAITS[connection.demand].short}
                </span>
              )}
              {(connection.label || connection.volume) && (
                <span className="sp-route-meta">
                  {[connection.label, connection.volume ? `${connection.volume.toLocaleString('en')}/mo` : '']
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              )}
              <button
                type="button"
                className="sp-icon-btn"
                aria-label={`Route details ${direction} ${other.title || 'untitled touchpoint'}`}
                title="Reason, volume, demand and cost"
                onClick={() => actions.select({ kind: 'connection', id: connection.id })}
              >
                ✎
              </button>
              <button
                type="button"
                className="sp-icon-btn"
                aria-label={`Remove route ${direction} ${other.title || 'untitled touchpoint'}`}
                title="Remove route"
                onClick={() => actions.disconnect(connection.id)}
              >
                ✕
              </button>
              {tagDemand && (
                <DemandField
                  compact
                  label={`Demand from ${other.title || 'untitled touchpoint'}`}
                  value={connection.demand}
                  onChange={(demand) => actions.setConnectionDetails(connection.id, { demand })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
