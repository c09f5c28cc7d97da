/** What other features may use from auth (the app reads the declaration from ./feature). */
export { useViewer, type ViewerData } from '../../lib/session';
