import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatWon, BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { pick } from '../../../components/names';
import { ExecutionBar } from './ExecutionBar';
import { type Stream } from '../graphql/stream';
import { Totals } from './Totals';
import { label } from '../../../components/labels';

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
          <DataTable minWidth={860} stack>
            <thead>
              <tr>
                <th scope="col">{t('funding.organization')}</th>
                <th scope="col">{t('funding.categoryLabel')}</th>
                <th scope="col">{t('funding.source')}</th>
                <th scope="col" className="lal-num">
                  {t('funding.planned')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.executed')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.pending')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.remaining')}
                </th>
                <th scope="col">{t('funding.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {s.budgetLines.map((l) => (
                <tr key={l.id} data-line={`${l.organizationId}:${l.category}:${l.source}`}>
                  <td data-label={t('funding.organization')}>{pick(l.organization, lang)}</td>
                  <td data-label={t('funding.categoryLabel')}>
                    {label(BUDGET_CATEGORY_LABELS, l.category, lang)}
                    {l.carried && (
                      <Badge ml="xs" variant="outline" color="gray.8" tt="none">
                        {t('funding.carried.draftLine')}
                      </Badge>
                    )}
                  </td>
                  <td data-label={t('funding.source')}>{label(FUNDING_SOURCE_LABELS, l.source, lang)}</td>
                  <td data-label={t('funding.planned')} className="lal-num">
                    {formatWon(l.plannedAmount)}
                  </td>
                  <td data-label={t('funding.executed')} className="lal-num">
                    {formatWon(l.executed)}
                  </td>
                  <td data-label={t('funding.pending')} className="lal-num">
                    {formatWon(l.pending)}
                  </td>
                  <td data-label={t('funding.remaining')} className="lal-num">
                    {formatWon(l.remaining)}
                  </td>
                  <td data-label={t('funding.rate')}>
                    <ExecutionBar rate={l.rate} w={100} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr style={{ fontWeight: 700 }}>
                <th scope="row" colSpan={3}>
                  {t('funding.total')}
                </th>
                <td data-label={t('funding.planned')} className="lal-num">
                  {formatWon(total.planned)}
                </td>
                <td data-label={t('funding.executed')} className="lal-num">
                  {formatWon(total.executed)}
                </td>
                <td data-label={t('funding.pending')} className="lal-num">
                  {formatWon(total.pending)}
                </td>
                <td data-label={t('funding.remaining')} className="lal-num">
                  {formatWon(total.planned - total.executed)}
                </td>
                <td data-label={t('funding.rate')}>
                  <ExecutionBar rate={total.rate} w={100} />
                </td>
              </tr>
            </tfoot>
          </DataTable>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Totals
              title={t('funding.bySource')}
              rows={s.budgetSummary.bySource.map((r) => ({ key: r.source, label: label(FUNDING_SOURCE_LABELS, r.source, lang), ...r }))}
            />
            <Totals
              title={t('funding.byCategory')}
              rows={s.budgetSummary.byCategory.map((r) => ({
                key: r.category,
                label: label(BUDGET_CATEGORY_LABELS, r.category, lang),
                ...r,
              }))}
            />
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}
