import { Badge, Code, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery, KpiDictionaryQuery } from '../../../gql/graphql';
import { formatFigure } from './format';

type Figure = KpiDashboardQuery['kpiDashboard']['figures'][number];
type Kpi = KpiDictionaryQuery['kpiDictionary'][number];

/** One card per KPI: actual, target, achievement; its definition and query behind a disclosure. */
export function KpiCards({ figures, dictionary }: { figures: readonly Figure[]; dictionary: readonly Kpi[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {figures.map((f) => {
        const k = dictionary.find((d) => d.code === f.code);
        if (!k) return null;
        const name = lang === 'en' ? k.nameEn : k.nameKo;
        return (
          <Paper key={f.code} withBorder p="sm" className="lal-print-block" component="article" aria-label={name}>
            <Stack gap={6}>
              <Text fw={600} size="sm">
                {name}
              </Text>
              <Group gap="xs" align="baseline">
                <Text fz={24} fw={700} data-kpi={f.code}>
                  {f.suppressed ? t('kpis.hidden') : formatFigure(f.actual, k.unit, lang)}
                </Text>
                {f.suppressed && (
                  <Badge variant="outline" color="gray.8" tt="none">
                    {'<5'}
                  </Badge>
                )}
              </Group>
              {f.target !== null && f.target !== undefined ? (
                <>
                  <Text size="sm" c="dimmed">
                    {t('kpis.target')} {formatFigure(f.target, k.unit, lang)}
                    {f.baseline !== null &&
                      f.baseline !== undefined &&
                      ` · ${t('kpis.baseline')} ${formatFigure(f.baseline, k.unit, lang)}`}
                    {f.achievement !== null && f.achievement !== undefined && ` · ${t('kpis.achievement')} ${f.achievement}%`}
                  </Text>
                  <Progress
                    value={Math.min(100, f.achievement ?? 0)}
                    aria-label={`${name} ${t('kpis.achievement')} ${f.achievement ?? 0}%`}
                  />
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('kpis.noTarget')}
                </Text>
              )}
              <details className="lal-no-print">
                <summary>
                  <Text span size="sm">
                    {t('kpis.definition')}
                  </Text>
                </summary>
                <Stack gap={4} mt={4}>
                  <Text size="sm">{lang === 'en' ? k.definitionEn : k.definitionKo}</Text>
                  <Text size="xs" c="dimmed">
                    {t('kpis.periodDate')}: {k.periodDate}
                  </Text>
                  <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 11 }}>
                    {k.sql}
                  </Code>
                </Stack>
              </details>
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
