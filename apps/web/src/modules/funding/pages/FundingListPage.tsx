import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatWon, STREAM_MEMBER_ROLE_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { ExecutionBar } from '../components/ExecutionBar';
import { label } from '../../../components/labels';

const STREAMS = graphql(`
  query FundingStreams {
    fundingStreams {
      id
      code
      nameKo
      nameEn
      fiscalYear
      periodStart
      periodEnd
      nationalAmount
      memberCount
      myRole
      category {
        id
        nameKo
        nameEn
      }
      recipient {
        id
        nameKo
        nameEn
      }
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

export default function FundingListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(STREAMS, { fetchPolicy: 'cache-and-network' });
  const streams = data?.fundingStreams;
  return (
    <Stack>
      <Title order={1}>{t('funding.title')}</Title>
      <Text c="dimmed">{t('funding.intro')}</Text>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!streams && loading && <PageLoader />}
      {streams && streams.length === 0 && (
        <Paper withBorder p="xl">
          <Text>{t('funding.empty')}</Text>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {streams?.map((s) => (
          <Paper key={s.id} withBorder p="lg" component="article" aria-labelledby={`stream-${s.id}`}>
            <Stack gap="xs">
              <Group gap="xs">
                <Badge variant="outline" color="krds.7">
                  {pick(s.category, lang)}
                </Badge>
                <Badge variant="outline" color="gray.8">
                  {t('funding.yearBadge', { year: s.fiscalYear })}
                </Badge>
                {s.myRole && (
                  <Badge variant="outline" color="gray.8">
                    {t('funding.myRole')}: {label(STREAM_MEMBER_ROLE_LABELS, s.myRole, lang)}
                  </Badge>
                )}
              </Group>
              <Title order={2} size="h3" id={`stream-${s.id}`}>
                <Anchor component={Link} to={`/funding/${s.id}`}>
                  {pick(s, lang)}
                </Anchor>
              </Title>
              <Text size="sm">
                {t('funding.recipient')}: {pick(s.recipient, lang)} · {t('funding.memberCount', { count: s.memberCount })}
              </Text>
              <Text size="sm">
                {t('funding.nationalAmount')}: <strong>{formatWon(s.nationalAmount)}</strong> · {t('funding.period')}: {s.periodStart} ~{' '}
                {s.periodEnd}
              </Text>
              <Group gap="md">
                <Text size="sm">
                  {t('funding.executed')} {formatWon(s.budgetSummary.total.executed)} / {formatWon(s.budgetSummary.total.planned)}
                </Text>
                <ExecutionBar rate={s.budgetSummary.total.rate} />
              </Group>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
