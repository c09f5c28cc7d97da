import { useEffect, useState } from 'react';
import { Container, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime } from '@lalaland/shared';
import type { KpiUnit } from '../../../gql/graphql';
import { PageLoader } from '../../../components/PageLoader';
import { formatFigure } from '../components/format';

interface Progress_ {
  stream: { code: string; nameKo: string; nameEn: string; fiscalYear: number };
  year: number;
  asOf: string;
  commitments: Array<{
    code: string;
    nameKo: string;
    nameEn: string;
    unit: KpiUnit;
    target: number | null;
    actual: number | null;
    suppressed: boolean;
    achievement: number | null;
  }>;
  milestones: Array<{ titleKo: string; titleEn: string | null; dueOn: string; doneOn: string | null }>;
}

/** A stream's public progress (no sign-in, no personal data): commitments, figures so far, milestones. */
export default function PublicProgressPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [state, setState] = useState<{ data?: Progress_; missing?: boolean }>({});
  useEffect(() => {
    let live = true;
    fetch(`/public/progress/${encodeURIComponent(code)}`)
      .then(async (res) => (res.ok ? { data: (await res.json()) as Progress_ } : { missing: true }))
      .catch(() => ({ missing: true }))
      .then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [code]);
  if (state.missing) return <Text role="alert">{t('kpis.publicNotFound')}</Text>;
  const p = state.data;
  if (!p) return <PageLoader />;
  const name = lang === 'en' ? p.stream.nameEn : p.stream.nameKo;
  return (
    <Container size="md" px={0}>
      <Stack>
        <Title order={1}>{t('kpis.publicTitle', { stream: name })}</Title>
        <Text c="dimmed">{t('kpis.publicIntro')}</Text>
        <Text size="sm" c="dimmed">
          {p.year} · {t('kpis.asOf', { time: formatSeoulDateTime(p.asOf, lang === 'en' ? 'en' : 'ko') })}
        </Text>
        <Title order={2} size="h3">
          {t('kpis.commitments')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {p.commitments.map((c) => {
            const label = lang === 'en' ? c.nameEn : c.nameKo;
            return (
              <Paper key={c.code} withBorder p="sm">
                <Stack gap={6}>
                  <Text fw={600}>{label}</Text>
                  <Text fz={22} fw={700}>
                    {c.suppressed ? t('kpis.hidden') : formatFigure(c.actual, c.unit, lang)}
                    <Text span size="sm" c="dimmed" fw={400}>
                      {' '}
                      / {formatFigure(c.target, c.unit, lang)}
                    </Text>
                  </Text>
                  <Progress
                    value={Math.min(100, c.achievement ?? 0)}
                    aria-label={`${label} ${t('kpis.achievement')} ${c.achievement ?? 0}%`}
                  />
                </Stack>
              </Paper>
            );
          })}
        </SimpleGrid>
        <Title order={2} size="h3">
          {t('kpis.milestones')}
        </Title>
        {p.milestones.length === 0 && <Text c="dimmed">{t('kpis.noMilestones')}</Text>}
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {p.milestones.map((m, i) => (
            <Group key={i} component="li" justify="space-between" wrap="wrap">
              <Text>{lang === 'en' ? (m.titleEn ?? m.titleKo) : m.titleKo}</Text>
              <Text size="sm" c={m.doneOn ? 'green.8' : 'dimmed'}>
                {m.doneOn ? `${t('kpis.done')} ${m.doneOn}` : `${t('kpis.planned')} ${m.dueOn}`}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Container>
  );
}
