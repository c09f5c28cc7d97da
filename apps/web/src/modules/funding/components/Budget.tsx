import { Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWon, BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { pick } from '../../common/names';
import { ExecutionBar } from '../components/ExecutionBar';
import { type Stream } from '../graphql/stream';
import { Totals } from './Totals';
import { label } from '../../common/labels';

export function Budget({ stream: s }: { stream: Stream }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const total = s.budgetSummary.total;
  return (
    <Paper withBorder p="lg" aria-labelledby="budget-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="budget-title">
          {t('funding.budget')}
        </Title>
        <Button component="a" href={`/exports/funding-streams/${s.id}/budget.xlsx`} variant="outline" download>
          {t('funding.download')}
        </Button>
      </Group>
      {s.budgetLines.length === 0 ? (
        <Text c="dimmed">{t('funding.budgetEmpty')}</Text>
      ) : (
        <Stack>
          <Table.ScrollContainer minWidth={860}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.organization')}</Table.Th>
                  <Table.Th scope="col">{t('funding.categoryLabel')}</Table.Th>
                  <Table.Th scope="col">{t('funding.source')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.planned')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.executed')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.pending')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.remaining')}
                  </Table.Th>
                  <Table.Th scope="col">{t('funding.rate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.budgetLines.map((l) => (
                  <Table.Tr key={l.id} data-line={`${l.organizationId}:${l.category}:${l.source}`}>
                    <Table.Td>{pick(l.organization, lang)}</Table.Td>
                    <Table.Td>{label(BUDGET_CATEGORY_LABELS, l.category, lang)}</Table.Td>
                    <Table.Td>{label(FUNDING_SOURCE_LABELS, l.source, lang)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.plannedAmount)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.executed)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.pending)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.remaining)}</Table.Td>
                    <Table.Td>
                      <ExecutionBar rate={l.rate} w={100} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row" colSpan={3}>
                    {t('funding.total')}
                  </Table.Th>
                  <Table.Td ta="right">{formatWon(total.planned)}</Table.Td>
                  <Table.Td ta="right">{formatWon(total.executed)}</Table.Td>
                  <Table.Td ta="right">{formatWon(total.pending)}</Table.Td>
                  <Table.Td ta="right">{formatWon(total.planned - total.executed)}</Table.Td>
                  <Table.Td>
                    <ExecutionBar rate={total.rate} w={100} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Totals title={t('funding.bySource')} rows={s.budgetSummary.bySource.map((r) => ({ key: r.source, label: label(FUNDING_SOURCE_LABELS, r.source, lang), ...r }))} />
            <Totals title={t('funding.byCategory')} rows={s.budgetSummary.byCategory.map((r) => ({ key: r.category, label: label(BUDGET_CATEGORY_LABELS, r.category, lang), ...r }))} />
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}
