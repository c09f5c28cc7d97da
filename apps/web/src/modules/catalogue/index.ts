/** What other features may use from catalogue: the programme page's listing panel. */
export { OfferPanel } from './components/OfferPanel';
