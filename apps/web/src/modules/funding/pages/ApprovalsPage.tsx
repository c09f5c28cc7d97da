import { useState } from 'react';
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatWon, BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../common/ErrorAlert';
import { Notice } from '../../common/Notice';
import { PagePagination } from '../../common/PagePagination';
import { pick } from '../../common/names';
import { PageLoader } from '../../common/PageLoader';
import { DecisionButtons } from '../components/Decision';
import { label } from '../../common/labels';

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

export default function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [page, setPage] = useState(1);
  const { data, loading, error, refetch } = useQuery(QUEUE, { variables: { offset: (page - 1) * PAGE }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const queue = data?.approvalQueue;
  return (
    <Stack>
      <Title order={1}>{t('funding.approvals')}</Title>
      <Text c="dimmed">{t('funding.approvalsIntro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!queue && loading && <PageLoader />}
      {queue && queue.items.length === 0 && (
        <Paper withBorder p="xl">
          <Text>{t('funding.approvalsEmpty')}</Text>
        </Paper>
      )}
      {queue && queue.items.length > 0 && (
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
                    {label(BUDGET_CATEGORY_LABELS, e.budgetLine.category, lang)} · {label(FUNDING_SOURCE_LABELS, e.budgetLine.source, lang)}
                  </Table.Td>
                  <Table.Td>{e.spentOn}</Table.Td>
                  <Table.Td>{e.description}</Table.Td>
                  <Table.Td ta="right">{formatWon(e.amount)}</Table.Td>
                  <Table.Td ta="right">{formatWon(e.budgetLine.remaining)}</Table.Td>
                  <Table.Td>
                    <DecisionButtons
                      id={e.id}
                      label={`${pick(e.organization, lang)} ${e.description}`}
                      amount={e.amount}
                      onDone={(text) => setNotice({ ok: true, text })}
                      onError={(text) => setNotice({ ok: false, text })}
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
  );
}
