import type { ApiModule } from '../../core/module';
import { CommentsModule } from './comments.module';
import { Comment } from './comment.entity';
import { CommentResolver } from './comments.resolver';
import { COMMENTS_ERRORS } from './comments.errors';

/** Coordination: comments with @mentions on programmes, expenditures, referrals, meetings and tasks. */
export const comments: ApiModule = {
  name: 'comments',
  personalData: [
    {
      column: 'comment.body',
      item: { ko: '업무 댓글 (참여자에 관한 내용이 있을 수 있음)', en: 'Work comments (may concern a participant)' },
      purpose: 'PROGRAMME_OPERATION',
    },
  ],
  nest: CommentsModule,
  entities: [Comment],
  resolvers: [CommentResolver],
  errors: COMMENTS_ERRORS,
};

export type { CommentEvents } from './comments.events';
