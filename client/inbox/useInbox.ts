import { useEffect } from 'react';
import { useStore } from 'zustand';
import { inboxStore, watchInbox, type InboxState } from './inboxStore';

/** Selects from this person's inbox (narrowly), keeping it polled while mounted. */
export function useInbox<T>(selector: (s: InboxState) => T): T {
  useEffect(() => watchInbox(), []);
  return useStore(inboxStore, selector);
}
