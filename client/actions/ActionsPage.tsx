import { AppHeader } from '../app/AppHeader';

/** Every action on the server the viewer may see (issue 19): being built, see client/actions/. */
export function ActionsPage() {
  return (
    <>
      <AppHeader />
      <main className="actions-page" />
    </>
  );
}
