import { useState } from 'react';
import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useMediaQuery } from '@mantine/hooks';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { formatWon, BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PagePagination } from '../../../components/PagePagination';
import { pick } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import type { CardPlace } from '../../../lib/feature';
import { DecisionButtons } from '../components/Decision';
import { label } from '../../../components/labels';
import { calendarDay } from '../../../components/dates';

const PAGE = 20;
const QUEUE = graphql(`
  query ApprovalQueue($offset: Int!) {
    approvalQueue(offset: $offset, limit: 20) {
      totalCount
      items {
        id
        amount
        spentOn
        description
        evidenceRef
        enaraNumber
        submittedAt
        organization {
          id
          nameKo
          nameEn
        }
        stream {
          id
          nameKo
          nameEn
        }
        budgetLine {
          id
          category
          source
          plannedAmount
          remaining
        }
      }
    }
  }
`);

/** Expenditures waiting for the stream lead: the whole queue on the approvals page, the first few on the home of my work. */
export default function ExpenditureQueueCard({ place }: { place: CardPlace }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(QUEUE, { variables: { offset: (page - 1) * PAGE }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<NoticeValue>(null);
  const queue = data?.approvalQueue;
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  useCardCount(queue?.totalCount);
  if (place === 'home')
    return (
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('funding.queueTitle')} ({queue?.totalCount ?? '…'})
          </Title>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {queue && queue.items.length === 0 && <Text c="dimmed">{t('funding.approvalsEmpty')}</Text>}
          {queue?.items.slice(0, 3).map((e) => (
            <Group key={e.id} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                {pick(e.organization, lang)} · {e.description}
              </Text>
              <Text size="sm" fw={600}>
                {formatWon(e.amount)}
              </Text>
            </Group>
          ))}
          {!!queue?.totalCount && (
            <Anchor component={Link} to="/approvals" size="sm">
              {t('funding.queueOpen')}
            </Anchor>
          )}
        </Stack>
      </Paper>
    );
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h3">
          {t('funding.queueTitle')} ({queue?.totalCount ?? '…'})
        </Title>
        <Text c="dimmed">{t('funding.approvalsIntro')}</Text>
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!queue && loading && <PageLoader />}
        {queue && queue.items.length === 0 && <Text>{t('funding.approvalsEmpty')}</Text>}
        {queue && queue.items.length > 0 && narrow && (
          // On a phone each expenditure is a card of its own (a nine-column table would only scroll sideways).
          <Stack gap="sm">
            {queue.items.map((e) => (
              <Paper key={e.id} withBorder p="sm" component="article" aria-label={`${pick(e.organization, lang)} ${e.description}`}>
                <Stack gap={4}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text fw={700}>{pick(e.organization, lang)}</Text>
                    <Text fw={700}>{formatWon(e.amount)}</Text>
                  </Group>
                  <Text size="sm">{e.description}</Text>
                  <Text size="sm" c="dimmed">
                    {pick(e.stream, lang)} · {label(BUDGET_CATEGORY_LABELS, e.budgetLine.category, lang)} ·{' '}
                    {label(FUNDING_SOURCE_LABELS, e.budgetLine.source, lang)} · {calendarDay(e.spentOn, lang)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('funding.remaining')} {formatWon(e.budgetLine.remaining)}
                  </Text>
                  <DecisionButtons
                    id={e.id}
                    label={`${pick(e.organization, lang)} ${e.description}`}
                    amount={e.amount}
                    notify={setNotice}
                  />
                </Stack>
              </Paper>
            ))}
          </Stack>
        )}
        {queue && queue.items.length > 0 && !narrow && (
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.stream')}</Table.Th>
                  <Table.Th scope="col">{t('funding.organization')}</Table.Th>
                  <Table.Th scope="col">{t('funding.line')}</Table.Th>
                  <Table.Th scope="col">{t('funding.spentOn')}</Table.Th>
                  <Table.Th scope="col">{t('funding.description')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.amount')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.remaining')}
                  </Table.Th>
                  <Table.Th scope="col">{t('funding.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {queue.items.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/funding/${e.stream.id}`}>
                        {pick(e.stream, lang)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{pick(e.organization, lang)}</Table.Td>
                    <Table.Td>
                      {label(BUDGET_CATEGORY_LABELS, e.budgetLine.category, lang)} ·{' '}
                      {label(FUNDING_SOURCE_LABELS, e.budgetLine.source, lang)}
                    </Table.Td>
                    <Table.Td>{calendarDay(e.spentOn, lang)}</Table.Td>
                    <Table.Td>{e.description}</Table.Td>
                    <Table.Td ta="right">{formatWon(e.amount)}</Table.Td>
                    <Table.Td ta="right">{formatWon(e.budgetLine.remaining)}</Table.Td>
                    <Table.Td>
                      <DecisionButtons
                        id={e.id}
                        label={`${pick(e.organization, lang)} ${e.description}`}
                        amount={e.amount}
                        notify={setNotice}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {queue && <PagePagination total={queue.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      </Stack>
    </Paper>
  );
}
