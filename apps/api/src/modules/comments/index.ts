import type { ApiModule } from '../../core/module';
import { CommentsModule } from './comments.module';
import { Comment } from './comment.entity';
import { CommentResolver } from './comments.resolver';
import { COMMENTS_ERRORS } from './comments.errors';

/** Coordination: comments with @mentions on programmes, expenditures, referrals, meetings and tasks. */
export const comments: ApiModule = {
  name: 'comments',
  nest: CommentsModule,
  entities: [Comment],
  resolvers: [CommentResolver],
  errors: COMMENTS_ERRORS,
};

export type { CommentEvents } from './comments.events';
