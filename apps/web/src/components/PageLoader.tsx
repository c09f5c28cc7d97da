import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The spinner a page shows while its data or chunk arrives (announced by its label). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader role="status" aria-label={t('common.loading')} />
    </Center>
  );
}
