import { useMemo } from 'react';
import type { CommentsSnapshot, MentionCandidate } from '../../../model';
import { useEditor, useSession } from '../EditorContext';
import { useLocalUser } from '../presence/useLocalUser';
import { usePeers } from '../presence/usePeers';
import { createCommentsActions, type CommentsActions } from './commentsActions';

const EMPTY: CommentsSnapshot = { open: [], resolved: [], openCounts: {}, people: [] };

/** Selects from the comments snapshot; select narrowly, as with useEditor. */
export function useComments<T>(selector: (c: CommentsSnapshot) => T): T {
  return useEditor((s) => selector(s.comments ?? EMPTY));
}

/** The comment commands bound to the open map and this browser's person. */
export function useCommentsActions(): CommentsActions {
  const session = useSession();
  return useMemo(() => createCommentsActions(session), [session]);
}

export interface MentionPerson extends MentionCandidate {
  readonly color: string;
}

/**
 * Everyone who can be @mentioned: people who have been in the map, plus whoever is here now (a
 * newcomer may not be recorded yet), once each by id. `withSelf` keeps this person (for drawing
 * mentions of them); the autocomplete leaves them out.
 */
export function useMentionPeople(withSelf = false): readonly MentionPerson[] {
  const people = useComments((c) => c.people);
  const peers = usePeers();
  const self = useLocalUser();
  return useMemo(() => {
    const byId = new Map<string, MentionPerson>();
    for (const p of people) byId.set(p.id, { id: p.id, name: p.name, color: p.color });
    for (const p of peers) if (!byId.has(p.user.id)) byId.set(p.user.id, p.user);
    if (withSelf && self.name) byId.set(self.id, { id: self.id, name: self.name, color: self.color });
    else if (!withSelf) byId.delete(self.id);
    return [...byId.values()];
  }, [people, peers, self, withSelf]);
}
