/** What other features may use from documents: a record's documents, inline or behind a button. */
export { DocumentsPanel } from './components/DocumentsPanel';
export { DocumentsButton } from './components/DocumentsButton';
