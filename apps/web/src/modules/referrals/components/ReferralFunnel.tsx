import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';

const FUNNEL = graphql(`
  query ReferralFunnel($side: ReferralFunnelSide!) {
    referralFunnel(side: $side) {
      year
      referred
      accepted
      enrolled
      completed
      employed
      suppressed
    }
  }
`);

const STAGES = ['referred', 'accepted', 'enrolled', 'completed', 'employed'] as const;

/** How far the people we referred (or received) went this year: each stage and those who reached it; small groups hidden. */
export function ReferralFunnel({ side }: { side: 'SENT' | 'RECEIVED' }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(FUNNEL, { variables: { side }, fetchPolicy: 'cache-and-network' });
  const f = data?.referralFunnel;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t(side === 'SENT' ? 'referrals.funnelSent' : 'referrals.funnelReceived', { year: f?.year ?? '' })}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {f && (
          <SimpleGrid cols={{ base: 2, sm: 5 }} component="dl" m={0}>
            {STAGES.map((s) => (
              <div key={s}>
                <Text component="dt" size="sm" c="dimmed">
                  {t(`referrals.stage.${s}`)}
                </Text>
                <Text component="dd" m={0} fw={700} size="xl">
                  {f[s] === null ? t('referrals.hiddenCount') : t('referrals.people', { count: f[s] })}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        )}
        {f?.suppressed && (
          <Text size="xs" c="dimmed">
            {t('referrals.funnelSuppressed')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
