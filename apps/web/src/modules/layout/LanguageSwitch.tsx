import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" justify="center" role="group" aria-labelledby="lang-label">
      <Text size="sm" id="lang-label">
        {t('lang.label')}
      </Text>
      <SegmentedControl
        size="xs"
        value={i18n.language}
        onChange={(lng) => void i18n.changeLanguage(lng)}
        data={[
          { value: 'ko', label: t('lang.ko') },
          { value: 'en', label: t('lang.en') },
        ]}
      />
    </Group>
  );
}
