import { useState } from 'react';
import { errorMessage } from '../api/ApiError';
import type { MapSummary } from '../api/mapsApi';
import { AppHeader } from '../app/AppHeader';
import { ErrorBanner } from '../ui/ErrorBanner';
import { OpenServerBanner } from '../ui/OpenServerBanner';
import { Icon } from '../ui/Icon';
import { showToast } from '../ui/toasts';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DeleteMapDialog } from './DeleteMapDialog';
import { MapList } from './MapList';
import { MapListSkeleton } from './MapListSkeleton';
import { MapsEmptyState } from './MapsEmptyState';
import { ImportMapButton } from './ImportMapButton';
import { ImportSheetMapButton } from './ImportSheetMapButton';
import { NewMapDialog } from './NewMapDialog';
import { TrashSection } from './TrashSection';
import { useCreateMap } from './useCreateMap';
import { useMapList } from './useMapList';
import { useTrash } from './useTrash';
import { LifecycleTree } from './LifecycleTree';
import { MapsViewSwitch, useMapsView } from './MapsViewSwitch';

/** The home page: every map on this server, and where new ones are made. */
export function MapsPage() {
  useDocumentTitle('Journey maps · Journey');
  const list = useMapList();
  const trash = useTrash();
  const sample = useCreateMap();
  const [newMapOpen, setNewMapOpen] = useState(false);
  const [toDelete, setToDelete] = useState<MapSummary | null>(null);
  const [newMapId, setNewMapId] = useState<string | null>(null);
  const [view, setView] = useMapsView();

  async function duplicate(map: MapSummary) {
    try {
      const copy = await list.duplicate(map);
      setNewMapId(copy.id);
      showToast(`Duplicated as “${copy.title}”`, 'success');
    } catch (error) {
      showToast(`Could not duplicate the map. ${errorMessage(error)}`, 'error');
    }
  }

  async function remove(map: MapSummary) {
    await list.remove(map);
    trash.reload();
    showToast(`Moved “${map.title}” to the trash`, 'success');
  }

  const { state } = list;
  return (
    <div className="app-page">
      <AppHeader />
      <main className="maps-main">
        <OpenServerBanner />
        <div className="maps-heading">
          <div>
            <h1 className="maps-title">Journey maps</h1>
            <p className="maps-subtitle">
              See your business from the customer’s side, and fix what hurts together.
            </p>
          </div>
          <div className="maps-actions">
            <ImportSheetMapButton />
            <ImportMapButton />
            <button type="button" className="btn btn-primary" onClick={() => setNewMapOpen(true)}>
              <Icon name="plus" />
              New map
            </button>
          </div>
        </div>

        {state.status === 'loading' && <MapListSkeleton />}
        {state.status === 'error' && (
          <ErrorBanner title="Could not load your maps" message={state.message} onRetry={list.retry} />
        )}
        {state.status === 'ready' && state.maps.length === 0 && (
          <MapsEmptyState
            onCreate={() => setNewMapOpen(true)}
            onStartFromSample={() => void sample.create('sample')}
            creatingSample={sample.pending}
            error={sample.error}
          />
        )}
        {state.status === 'ready' && state.maps.length > 0 && (
          <MapsViewSwitch view={view} onChange={setView} />
        )}
        {state.status === 'ready' && state.maps.length > 0 && view === 'lifecycle' && (
          <LifecycleTree maps={state.maps} />
        )}
        {state.status === 'ready' && state.maps.length > 0 && view === 'list' && (
          <MapList
            maps={state.maps}
            newMapId={newMapId}
            onRename={list.rename}
            onDuplicate={duplicate}
            onDelete={setToDelete}
          />
        )}
        {state.status === 'ready' && <TrashSection trash={trash} onRestored={list.add} />}
      </main>

      {newMapOpen && <NewMapDialog onClose={() => setNewMapOpen(false)} />}
      {toDelete && <DeleteMapDialog map={toDelete} onDelete={remove} onClose={() => setToDelete(null)} />}
    </div>
  );
}
