import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { ErrorAlert, fieldErrors } from '../../../components/ErrorAlert';

const USAGE = graphql(`
  query OrganizationMessageUsage($organizationId: ID!) {
    messageUsage(organizationId: $organizationId) {
      month
      sent
      overBudget
      monthlyLimit
    }
  }
`);
const SET_BUDGET = graphql(`
  mutation SetOrganizationMessageBudget($organizationId: ID!, $monthlyLimit: Int!) {
    setMessageBudget(organizationId: $organizationId, monthlyLimit: $monthlyLimit) {
      month
      sent
      overBudget
      monthlyLimit
    }
  }
`);

/**
 * The organization's text messages to applicants this month against its budget (its members see it; texts past the
 * budget are not sent, and its staff were told); the platform's admins set the budget here.
 */
export function TextMessages({ organizationId, canSetBudget }: { organizationId: string; canSetBudget: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(USAGE, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const [setBudget, saving] = useMutation(SET_BUDGET);
  const [limit, setLimit] = useState<string | number>('');
  const u = data?.messageUsage;
  const n = (x: number) => x.toLocaleString('ko-KR');
  const percent = u && u.monthlyLimit > 0 ? Math.min(100, Math.round((u.sent / u.monthlyLimit) * 100)) : 100;
  return (
    <Paper withBorder p="lg" id="texts" aria-labelledby="texts-title">
      <Title order={2} size="h4" mb="xs" id="texts-title">
        {t('texts.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('texts.intro')}
      </Text>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {u && (
        <Stack gap="xs">
          <Text>{t('texts.sent', { month: u.month, sent: n(u.sent), limit: n(u.monthlyLimit) })}</Text>
          <Progress value={percent} color={u.overBudget > 0 ? 'red.8' : 'krds.7'} aria-label={t('texts.used', { percent })} />
          {u.overBudget > 0 ? (
            <Text c="red.8" fw={600}>
              {t('texts.notSent', { n: n(u.overBudget) })}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('texts.allSent')}
            </Text>
          )}
          {canSetBudget && (
            <Group align="flex-end">
              <NumberInput
                clampBehavior="none"
                allowDecimal={false}
                thousandSeparator=","
                min={0}
                label={t('texts.budget')}
                placeholder={n(u.monthlyLimit)}
                value={limit}
                onChange={setLimit}
                error={fieldErrors(saving.error, lang).monthlyLimit}
              />
              <Button
                loading={saving.loading}
                disabled={limit === ''}
                onClick={() =>
                  void setBudget({ variables: { organizationId, monthlyLimit: Number(limit) } })
                    .then(() => setLimit(''))
                    .catch(() => undefined)
                }
              >
                {t('texts.save')}
              </Button>
            </Group>
          )}
          {saving.error && !fieldErrors(saving.error, lang).monthlyLimit && <ErrorAlert error={saving.error} />}
        </Stack>
      )}
    </Paper>
  );
}
