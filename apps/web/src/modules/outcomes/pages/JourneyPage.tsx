import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EMPLOYMENT_TYPE_LABELS, OUTCOME_KIND_LABELS, OUTCOME_SOURCE_LABELS } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { JOURNEY } from '../graphql/outcomes';
import { FollowUpsPanel } from '../components/FollowUpsPanel';
import { GoalsPanel } from '../components/GoalsPanel';
import { NotesPanel } from '../components/NotesPanel';
import { OutcomeModal } from '../components/OutcomeModal';
import { Timeline } from '../components/Timeline';

/** One person's journey and outcomes, for the organization holding them: timeline, goals, outcomes, follow-ups, notes. */
export default function JourneyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [recording, setRecording] = useState(false);
  const { data, loading, error, refetch } = useQuery(JOURNEY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const p = data?.participant;
  if (!p && loading) return <PageLoader />;
  if (!p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const who = p.personal?.name ?? p.pseudonymKey;
  const outcomes = p.outcomes ?? [];
  return (
    <Stack>
      <Trail
        items={[
          { to: '/participants', label: t('nav.participants') },
          { to: `/participants/${p.id}`, label: who },
        ]}
      />
      <Title order={1}>
        {who} · {t('outcomes.title')}
      </Title>
      <Text c="dimmed">{t('outcomes.intro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack>
          <GoalsPanel person={p} notify={setNotice} />
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Group justify="space-between" wrap="wrap">
                <Title order={2} size="h4">
                  {t('outcomes.outcomes', { count: outcomes.length })}
                </Title>
                <Button variant="outline" onClick={() => setRecording(true)}>
                  {t('outcomes.recordOutcome')}
                </Button>
              </Group>
              {!outcomes.length && <Text c="dimmed">{t('outcomes.noOutcomes')}</Text>}
              {outcomes.map((o) => (
                <Group key={o.id} justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0}>
                    <Text fw={600}>
                      {label(OUTCOME_KIND_LABELS, o.kind, lang)}
                      {o.employmentType ? ` · ${label(EMPLOYMENT_TYPE_LABELS, o.employmentType, lang)}` : ''}
                      {o.certificateName ? ` · ${o.certificateName}` : ''}
                      {o.businessNumber ? ` · ${o.businessNumber}` : ''}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {calendarDay(o.occurredOn, lang)}
                      {o.evidence ? ` · ${o.evidence}` : ''}
                    </Text>
                  </Stack>
                  <Badge variant="outline" color={o.source === 'VERIFIED' ? 'teal.9' : 'gray.8'} tt="none">
                    {label(OUTCOME_SOURCE_LABELS, o.source, lang)}
                  </Badge>
                </Group>
              ))}
            </Stack>
          </Paper>
          <FollowUpsPanel person={p} notify={setNotice} />
          <NotesPanel person={p} notify={setNotice} />
        </Stack>
        <Timeline steps={p.journey ?? []} />
      </SimpleGrid>
      {recording && <OutcomeModal person={p} onClose={() => setRecording(false)} onDone={(text) => setNotice({ ok: true, text })} />}
    </Stack>
  );
}
