/** What the comments module announces (inside the transaction that saved the comment). */
export interface CommentEvents {
  /** People were mentioned, each with the organization through which they see the record. */
  'comment.mentioned': {
    commentId: string;
    link: string;
    authorName: string;
    excerpt: string;
    mentions: Array<{ userId: string; organizationId: string }>;
  };
}

declare module '../../core/events/domain-events' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DomainEvents extends CommentEvents {}
}
