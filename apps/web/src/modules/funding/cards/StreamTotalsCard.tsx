import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatWon, type FundingSource } from '@lalaland/shared';
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
        bySource {
          source
          planned
          executed
        }
      }
    }
  }
`);

/** 국비 and 지방비 (city and district money), each summed from the stream's sources. */
const SPLITS: Array<{ key: string; sources: readonly FundingSource[] }> = [
  { key: 'funding.nationalLine', sources: ['NATIONAL'] },
  { key: 'funding.localLine', sources: ['CITY', 'DISTRICT'] },
];

/**
 * For those who read the streams (the ministry): each stream's executed against planned budget in one look — 국비,
 * 지방비 (city and district) and 총사업비 apart, never one figure mixing national and local money.
 */
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
                {t('funding.totalLine', {
                  executed: formatWon(s.budgetSummary.total.executed),
                  planned: formatWon(s.budgetSummary.total.planned),
                })}
              </Text>
              <ExecutionBar rate={s.budgetSummary.total.rate} w={120} />
            </Group>
            <Text size="xs" c="dimmed">
              {SPLITS.map(({ key, sources }) => {
                const rows = s.budgetSummary.bySource.filter((r) => sources.includes(r.source));
                const sum = (k: 'planned' | 'executed') => rows.reduce((n, r) => n + r[k], 0);
                return t(key, { executed: formatWon(sum('executed')), planned: formatWon(sum('planned')) });
              }).join(' · ')}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
