import { newId, type CommentsSnapshot, type NotificationAnchor } from '../../model';
import type { NewNotification } from '../persistence/NotificationStore';
import { mentionText, replyText } from './notificationTexts';

/**
 * The notifications that comments not seen before cause: a comment mentioning someone → `mention`
 * for each mentioned person but its author; a reply → `reply` for the thread's earlier participants
 * (its starter and everyone who commented before) but the author and those it already mentions.
 * Deleted comments notify nobody. `seen` holds the comment ids already handled (those in the doc
 * when the server loaded it, so old talk never floods anyone); the new ones are added to it.
 */
export function commentNotifications(
  mapId: string,
  comments: CommentsSnapshot,
  seen: Set<string>,
  now: number,
): NewNotification[] {
  const out: NewNotification[] = [];
  for (const view of [...comments.open, ...comments.resolved]) {
    const { thread } = view;
    const anchor: NotificationAnchor = thread.anchor;
    view.comments.forEach((comment, index) => {
      if (seen.has(comment.id)) return;
      seen.add(comment.id);
      if (comment.deletedAt !== undefined || comment.text.trim() === '') return;
      const actor = comment.author.name;
      const base = { mapId, actor, anchor, threadId: thread.id, createdAt: now };
      const mentioned = new Set(comment.mentions.filter((id) => id !== comment.author.id));
      for (const personId of mentioned) {
        out.push({
          ...base,
          id: newId('ntf'),
          personId,
          kind: 'mention',
          text: mentionText(actor, view.anchorLabel, comment.text),
          dedupeKey: `mention:${mapId}:${comment.id}:${personId}`,
        });
      }
      if (index === 0) return;
      const participants = new Set([
        thread.createdBy.id,
        ...view.comments.slice(0, index).map((c) => c.author.id),
      ]);
      for (const personId of participants) {
        if (personId === comment.author.id || mentioned.has(personId)) continue;
        out.push({
          ...base,
          id: newId('ntf'),
          personId,
          kind: 'reply',
          text: replyText(actor, view.anchorLabel, comment.text),
          dedupeKey: `reply:${mapId}:${comment.id}:${personId}`,
        });
      }
    });
  }
  return out;
}

/** Every comment id in the snapshot: what the server saw when it loaded the doc. */
export function commentIds(comments: CommentsSnapshot): Set<string> {
  return new Set([...comments.open, ...comments.resolved].flatMap((v) => v.comments.map((c) => c.id)));
}
