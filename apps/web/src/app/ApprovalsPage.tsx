import { useTranslation } from 'react-i18next';
import { CardsPage } from './CardsPage';

/** One approval queue: programme proposals and expenditures waiting for the stream lead, each feature's card. */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  return <CardsPage place="approvals" title={t('home.approvalsTitle')} intro={t('home.approvalsIntro')} empty={t('home.approvalsEmpty')} />;
}
