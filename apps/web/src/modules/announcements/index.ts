/** What other features may use from announcements: Markdown shown without raw HTML. */
export { MarkdownText } from './components/MarkdownText';
