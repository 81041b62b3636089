import { AppHeader } from '../app/AppHeader';

/** The person's notifications (issue 19): being built, see client/inbox/. */
export function InboxPage() {
  return (
    <>
      <AppHeader />
      <main className="inbox-page" />
    </>
  );
}
