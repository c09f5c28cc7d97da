/** What other features may use from comments: a record's comments with mentions. */
export { CommentsPanel } from './components/CommentsPanel';
