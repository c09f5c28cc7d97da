import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KPI_DIMENSION_LABELS } from '@lalaland/shared';
import { label } from '../../../components/labels';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { BarChartView } from './Chart';
import { ScrollTable } from '../../../components/ScrollTable';

type Breakdown = KpiDashboardQuery['kpiDashboard']['breakdowns'][number];

/** One breakdown: a bar chart of unique participants and the table with every column (the accessible version). */
export function BreakdownSection({ b }: { b: Breakdown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const title = label(KPI_DIMENSION_LABELS, b.dimension, lang);
  const names = b.rows.map((r) => (lang === 'en' ? r.labelEn : r.labelKo));
  const cell = (v: number | null | undefined) =>
    v === null || v === undefined ? (
      <Text span size="sm" c="dimmed">
        {t('kpis.hidden')}
      </Text>
    ) : (
      v.toLocaleString(lang === 'en' ? 'en-US' : 'ko-KR')
    );
  return (
    <Paper withBorder p="md" className="lal-print-block">
      <Stack gap="xs">
        <Title order={3}>{title}</Title>
        {b.rows.length === 0 ? (
          <Text c="dimmed">{t('kpis.noData')}</Text>
        ) : (
          <>
            <BarChartView
              label={t('kpis.chartOf', { what: `${title} ${t('kpis.participants')}` })}
              categories={names}
              values={b.rows.map((r) => r.participants ?? null)}
              horizontal={b.rows.length > 6}
              height={Math.max(200, Math.min(b.rows.length, 20) * 26 + 40)}
            />
            <ScrollTable label={title} minWidth={520}>
              <Table striped highlightOnHover>
                <Table.Caption className="lal-visually-hidden">{title}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('kpis.dimension')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('kpis.participants')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('kpis.enrolments')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('kpis.completions')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('kpis.learningHours')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {b.rows.map((r, i) => (
                    <Table.Tr key={r.key || i}>
                      <Table.Th scope="row" fw={400}>
                        {names[i]}
                      </Table.Th>
                      <Table.Td ta="right">{cell(r.participants)}</Table.Td>
                      <Table.Td ta="right">{cell(r.enrolments)}</Table.Td>
                      <Table.Td ta="right">{cell(r.completions)}</Table.Td>
                      <Table.Td ta="right">{cell(r.learningHours)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th scope="row">{t('kpis.total')}</Table.Th>
                    <Table.Th ta="right">{cell(b.total.participants)}</Table.Th>
                    <Table.Th ta="right">{cell(b.total.enrolments)}</Table.Th>
                    <Table.Th ta="right">{cell(b.total.completions)}</Table.Th>
                    <Table.Th ta="right">{cell(b.total.learningHours)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </ScrollTable>
          </>
        )}
      </Stack>
    </Paper>
  );
}
