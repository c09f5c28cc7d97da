import { useTranslation } from 'react-i18next';
import { CardsPage } from './CardsPage';

/** 내 업무: what is waiting for me today, from every feature's cards (coordination will add tasks and notices). */
export default function HomePage() {
  const { t } = useTranslation();
  return <CardsPage place="home" title={t('home.title')} intro={t('home.intro')} empty={t('home.empty')} />;
}
