import type { MapSummary } from '../api/mapsApi';
import { useNow } from '../ui/useNow';
import { MapRow } from './MapRow';

interface MapListProps {
  maps: readonly MapSummary[];
  /** The id of a map just added by Duplicate, highlighted for a moment. */
  newMapId: string | null;
  onRename: (map: MapSummary, title: string) => Promise<void>;
  onDuplicate: (map: MapSummary) => Promise<void>;
  onDelete: (map: MapSummary) => void;
}

/** The maps, most recently edited first, as rows in one card. */
export function MapList({ maps, newMapId, onRename, onDuplicate, onDelete }: MapListProps) {
  const now = useNow();
  return (
    <section className="map-list-card" aria-labelledby="map-list-heading">
      <div className="map-list-header">
        <h2 id="map-list-heading" className="map-list-count">
          {maps.length === 1 ? '1 map' : `${maps.length} maps`}
        </h2>
        <span className="map-list-sort">Sorted by last edited</span>
      </div>
      <ul className="map-list" aria-label="Maps">
        {maps.map((map) => (
          <MapRow
            key={map.id}
            map={map}
            now={now}
            isNew={map.id === newMapId}
            onRename={onRename}
            onDuplicate={onDuplicate}
            onDelete={onDelete}
          />
        ))}
      </ul>
    </section>
  );
}
