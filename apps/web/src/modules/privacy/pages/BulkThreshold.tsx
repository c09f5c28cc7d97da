import { useEffect, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Stack, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/ErrorAlert';
import { PERSONAL_DATA_POLICY, SET_BULK_THRESHOLD } from '../graphql';

/** The organization's threshold above which a personal-data download asks for its reason. */
export function BulkThreshold({ onSaved }: { onSaved: (n: number) => void }) {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(PERSONAL_DATA_POLICY);
  const [save, saving] = useMutation(SET_BULK_THRESHOLD, { refetchQueries: [PERSONAL_DATA_POLICY] });
  const [value, setValue] = useState<number | string>('');
  const current = data?.personalDataPolicy.bulkReasonThreshold;
  useEffect(() => {
    if (current !== undefined) setValue(current);
  }, [current]);
  if (current === undefined) return null;
  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      aria-labelledby="bulk-threshold"
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        const r = await save({ variables: { threshold: Number(value) } }).catch(() => null);
        if (r?.data) onSaved(r.data.setBulkDownloadThreshold.bulkReasonThreshold);
      }}
    >
      <Stack>
        <Title order={2} size="h4" id="bulk-threshold">
          {t('privacy.threshold')}
        </Title>
        {saving.error && (
          <Alert color="red" variant="outline" role="alert">
            {errorMessage(saving.error, i18n.language, t('common.networkError'))}
          </Alert>
        )}
        <Group align="flex-end">
          <NumberInput
            label={t('privacy.thresholdField')}
            description={t('privacy.thresholdHint')}
            suffix={` ${t('privacy.thresholdUnit')}`}
            min={1}
            max={100000}
            thousandSeparator=","
            value={value}
            onChange={setValue}
            w={{ base: '100%', sm: 260 }}
          />
          <Button type="submit" variant="default" loading={saving.loading} disabled={Number(value) === current}>
            {t('privacy.thresholdSave')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
