import { splitByMentions, type Comment } from '../../../model';
import type { MentionPerson } from './useComments';

/** A comment's text with the people it mentions highlighted (only those it recorded as mentions). */
export function MentionText({ comment, people }: { comment: Comment; people: readonly MentionPerson[] }) {
  const mentioned = people.filter((p) => comment.mentions.includes(p.id));
  return (
    <p className="cm-text">
      {splitByMentions(comment.text, mentioned).map((seg, i) =>
        seg.mention ? (
          <mark key={i} className="cm-mention" data-testid="comment-mention" data-user-id={seg.mention.id}>
            {seg.text}
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </p>
  );
}
