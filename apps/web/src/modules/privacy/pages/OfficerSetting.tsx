import { useEffect, useState } from 'react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/ErrorAlert';
import { PRIVACY_OFFICER, SET_PRIVACY_OFFICER } from '../graphql';

/** The organization's privacy officer as the public policy names them: a position and an office contact. */
export function OfficerSetting({ onSaved }: { onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(PRIVACY_OFFICER);
  const [save, saving] = useMutation(SET_PRIVACY_OFFICER, { refetchQueries: [PRIVACY_OFFICER] });
  const [position, setPosition] = useState('');
  const [contact, setContact] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (data?.privacyOfficer) {
      setPosition(data.privacyOfficer.position);
      setContact(data.privacyOfficer.contact);
    }
  }, [data]);
  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      noValidate
      aria-labelledby="officer"
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        setTouched(true);
        if (!position.trim() || !contact.trim()) return;
        const r = await save({ variables: { position: position.trim(), contact: contact.trim() } }).catch(() => null);
        if (r?.data) onSaved();
      }}
    >
      <Stack>
        <Title order={2} size="h4" id="officer">
          {t('privacy.officerTitle')}
        </Title>
        <Text size="sm">
          {t('privacy.officerIntro')}{' '}
          <Anchor href="/privacy" target="_blank" underline="always">
            {t('privacy.policyLink')}
          </Anchor>
        </Text>
        {saving.error && (
          <Alert color="red" variant="outline" role="alert">
            {errorMessage(saving.error, i18n.language, t('common.networkError'))}
          </Alert>
        )}
        <Group align="flex-start" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label={t('privacy.officerPosition')}
            description={t('privacy.officerPositionHint')}
            required
            maxLength={100}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            error={touched && !position.trim() ? t('common.required') : undefined}
          />
          <TextInput
            label={t('privacy.officerContact')}
            description={t('privacy.officerContactHint')}
            required
            maxLength={200}
            value={contact}
            onChange={(e) => setContact(e.currentTarget.value)}
            error={touched && !contact.trim() ? t('common.required') : undefined}
          />
        </Group>
        <Group>
          <Button type="submit" variant="default" loading={saving.loading}>
            {t('privacy.officerSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
