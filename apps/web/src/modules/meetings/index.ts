/** What other features may use from meetings: the meetings of a period (the calendar shows them). */
export { useMeetingsBetween } from './hooks/useMeetingsBetween';
