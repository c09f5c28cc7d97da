import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatWon } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { ExecutionBar } from '../components/ExecutionBar';

const TOTALS = graphql(`
  query StreamTotals {
    fundingStreams {
      id
      nameKo
      nameEn
      budgetSummary {
        total {
          planned
          executed
          rate
        }
      }
    }
  }
`);

/** For those who read the streams (the ministry): each stream's planned and executed budget, in one look. */
export default function StreamTotalsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(TOTALS);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('funding.streamsTitle')}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data?.fundingStreams.map((s) => (
          <Stack key={s.id} gap={2}>
            <Anchor component={Link} to={`/funding/${s.id}`} size="sm" fw={600}>
              {pick(s, lang)}
            </Anchor>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm">
                {formatWon(s.budgetSummary.total.executed)} / {formatWon(s.budgetSummary.total.planned)}
              </Text>
              <ExecutionBar rate={s.budgetSummary.total.rate} w={120} />
            </Group>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
