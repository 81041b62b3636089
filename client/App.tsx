import { useRoute } from './app/router';
import { NotFoundPage } from './app/NotFoundPage';
import { EditorPage } from './editor/EditorPage';
import { MapsPage } from './maps/MapsPage';
import { ActionsPage } from './actions/ActionsPage';
import { InboxPage } from './inbox/InboxPage';
import { PersonasPage } from './personas/PersonasPage';
import { Toaster } from './ui/Toaster';

/** The whole app: one page per route, plus the toasts that outlive page changes. */
export function App() {
  const route = useRoute();
  return (
    <>
      {route.name === 'maps' && <MapsPage />}
      {/* Keyed by id so moving between maps starts a fresh editor (its doc, socket and store). */}
      {route.name === 'map' && <EditorPage key={route.mapId} mapId={route.mapId} />}
      {route.name === 'actions' && <ActionsPage />}
      {route.name === 'inbox' && <InboxPage />}
      {route.name === 'personas' && <PersonasPage />}
      {route.name === 'notFound' && <NotFoundPage />}
      <Toaster />
    </>
  );
}
