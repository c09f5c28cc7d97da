import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../lib/i18n';

/** Two toggle buttons (aria-pressed): lighter in the first route than a segmented control. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs" justify="center" role="group" aria-labelledby="lang-label">
      <Text size="sm" id="lang-label">
        {t('lang.label')}
      </Text>
      <Button.Group>
        {LANGUAGES.map((lng) => (
          <Button
            key={lng}
            size="xs"
            variant={i18n.language === lng ? 'filled' : 'default'}
            aria-pressed={i18n.language === lng}
            lang={lng}
            onClick={() => void i18n.changeLanguage(lng)}
          >
            {t(`lang.${lng}`)}
          </Button>
        ))}
      </Button.Group>
    </Group>
  );
}
