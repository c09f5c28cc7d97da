/** What other features may use from surveys: the programme page's survey panel. */
export { SurveyPanel } from './components/SurveyPanel';
