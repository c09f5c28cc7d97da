/** What other features may use from catalogue: the programme page's listing and applications panels. */
export { OfferPanel } from './components/OfferPanel';
export { ApplicationsPanel } from './components/ApplicationsPanel';
