import { useMemo } from 'react';
import type { MapSummary } from '../api/mapsApi';
import { Link } from '../app/Link';
import { mapPath } from '../app/router';
import { useNow } from '../ui/useNow';
import { lifecycleTree, type LifecycleNode } from './lifecycleTree';
import { MapDigestLine } from './MapDigestLine';
import './lifecycle.css';

/**
 * The maps as a lifecycle: each map under the maps that link it (a stage or touchpoint's child
 * map), orphans at the root, a map with several parents under each, a cycle shown and not followed.
 */
export function LifecycleTree({ maps }: { maps: readonly MapSummary[] }) {
  const now = useNow();
  const roots = useMemo(() => lifecycleTree(maps), [maps]);
  const linked = maps.some((m) => (m.childMapIds?.length ?? 0) > 0);
  return (
    <section className="map-list-card" aria-labelledby="lifecycle-heading">
      <div className="map-list-header">
        <h2 id="lifecycle-heading" className="map-list-count">
          Lifecycle
        </h2>
        <span className="map-list-sort">Child maps under the maps that link them</span>
      </div>
      {!linked && (
        <p className="lifecycle-empty">
          No linked journeys yet. Open a map, select a touchpoint or a stage, and link a child map in its
          panel (“Linked journey”).
        </p>
      )}
      <ul className="lifecycle-tree" role="tree" aria-label="Maps by lifecycle">
        {roots.map((node, i) => (
          <LifecycleItem key={`${node.map.id}:${i}`} node={node} depth={1} now={now} />
        ))}
      </ul>
    </section>
  );
}

function LifecycleItem({
  node,
  depth,
  now,
}: {
  node: LifecycleNode<MapSummary>;
  depth: number;
  now: number;
}) {
  const { map, children, cycle } = node;
  const title = map.title.trim() || 'Untitled journey';
  return (
    <li
      className="lifecycle-node"
      role="treeitem"
      aria-level={depth}
      aria-expanded={children.length > 0 ? true : undefined}
      data-testid="lifecycle-node"
    >
      <div className={`lifecycle-row${depth > 1 ? ' is-child' : ''}`}>
        {depth > 1 && (
          <span className="lifecycle-branch" aria-hidden="true">
            ↳
          </span>
        )}
        <div className="lifecycle-main">
          <Link to={mapPath(map.id)} className="lifecycle-title">
            {title}
          </Link>
          {cycle ? (
            <p className="lifecycle-cycle">↻ Links back to a map above</p>
          ) : (
            map.digest && <MapDigestLine digest={map.digest} now={now} />
          )}
        </div>
      </div>
      {children.length > 0 && (
        <ul className="lifecycle-children" role="group">
          {children.map((child, i) => (
            <LifecycleItem key={`${child.map.id}:${i}`} node={child} depth={depth + 1} now={now} />
          ))}
        </ul>
      )}
    </li>
  );
}
