import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../components/names';
import { ScrollTable } from '../../../components/ScrollTable';
import type { KpiDashboardQuery, KpiDictionaryQuery } from '../../../gql/graphql';
import { formatFigure } from './format';

/** The consortium's side-by-side: each stream's main figures, each against its target where the stream set one. */
export function StreamComparison({
  rows,
  dictionary,
}: {
  rows: KpiDashboardQuery['kpiDashboard']['streamFigures'];
  dictionary: KpiDictionaryQuery['kpiDictionary'];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!rows.length) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h3" mb="xs">
        {t('kpis.byStream')}
      </Title>
      <ScrollTable label={t('kpis.byStream')} minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('kpis.stream')}</Table.Th>
              {['PARTICIPANTS', 'COMPLETIONS', 'PROGRAMMES_RUN', 'SATISFACTION', 'BUDGET_EXECUTION_RATE'].map((code) => {
                const k = dictionary.find((x) => x.code === code)!;
                return (
                  <Table.Th scope="col" ta="right" key={code}>
                    {lang === 'en' ? k.nameEn : k.nameKo}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.stream.id}>
                <Table.Th scope="row" fw={400}>
                  {pick(s.stream, lang)}
                </Table.Th>
                {['PARTICIPANTS', 'COMPLETIONS', 'PROGRAMMES_RUN', 'SATISFACTION', 'BUDGET_EXECUTION_RATE'].map((code) => {
                  const f = s.figures.find((x) => x.code === code)!;
                  const k = dictionary.find((x) => x.code === code)!;
                  return (
                    <Table.Td ta="right" key={code}>
                      {f.suppressed ? t('kpis.hidden') : formatFigure(f.actual, k.unit, lang)}
                      {f.target !== null && f.target !== undefined && (
                        <Text size="xs" c="dimmed">
                          {t('kpis.againstTarget', {
                            target: formatFigure(f.target, k.unit, lang),
                            achievement: f.suppressed || f.achievement === null || f.achievement === undefined ? '—' : f.achievement,
                          })}
                        </Text>
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
