import { useRef, useState } from 'react';
import { Link } from '../../app/Link';
import { mapPath } from '../../app/router';
import { useDismiss } from '../../ui/useDismiss';
import { useSession } from '../EditorContext';
import { useLinksStore } from './linksStore';
import './links.css';

/**
 * "Parent title ›" before the map's title when other maps link this one (the links API lists only
 * parents the viewer may open). Several parents: the first, and a small menu for the others.
 */
export function MapBreadcrumb() {
  const { mapId } = useSession();
  const parents = useLinksStore((s) => (s.mapId === mapId ? s.links?.parents : undefined));
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLUListElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  useDismiss(menu, more, () => setOpen(false), open);
  const first = parents?.[0];
  if (!first) return null;
  const rest = parents.slice(1);
  return (
    <nav className="map-breadcrumb" aria-label="Parent journeys">
      <Link to={mapPath(first.mapId)} className="map-breadcrumb-parent" title={`Back to “${first.title}”`}>
        {first.title || 'Untitled journey'}
      </Link>
      {rest.length > 0 && (
        <span className="map-breadcrumb-more">
          <button
            ref={more}
            type="button"
            className="map-breadcrumb-more-btn"
            aria-expanded={open}
            aria-haspopup="true"
            aria-label={`${rest.length} more parent ${rest.length === 1 ? 'journey' : 'journeys'}`}
            onClick={() => setOpen((o) => !o)}
          >
            +{rest.length}
          </button>
          {open && (
            <ul ref={menu} className="map-breadcrumb-menu" aria-label="Other parent journeys">
              {rest.map((p) => (
                <li key={p.mapId}>
                  <Link to={mapPath(p.mapId)} onClick={() => setOpen(false)}>
                    {p.title || 'Untitled journey'}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </span>
      )}
      <span className="map-breadcrumb-sep" aria-hidden="true">
        ›
      </span>
    </nav>
  );
}
