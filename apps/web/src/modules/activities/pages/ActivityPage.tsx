import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KIND_LABELS } from '@lalaland/shared';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { dayRange } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { DETAIL } from '../graphql/activities';
import { ActivityModal } from '../components/ActivityModal';
import { GenerationMix } from '../components/GenerationMix';
import { PeoplePanel } from '../components/PeoplePanel';

/** One activity: what and when, who supports it, the figures (anyone who sees it), and who takes part (its supporter). */
export default function ActivityPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const [notice, setNotice] = useState<NoticeValue>((location.state as { notice?: string } | null)?.notice ?? null);
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const a = data?.activity;
  if (!a && loading) return <PageLoader />;
  if (!a) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <Stack>
      <Trail items={[{ to: '/activities', label: t('activities.title') }]} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{a.title}</Title>
        {a.runByMe && <Button onClick={() => setEditing(true)}>{t('activities.edit')}</Button>}
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
          <DetailField label={t('activities.kind')} value={label(ACTIVITY_KIND_LABELS, a.kind, lang)} />
          <DetailField label={t('activities.supportedBy')} value={pick(a.organization, lang)} />
          <DetailField label={t('activities.startsOn')} value={dayRange(a.startsOn, a.endsOn, lang)} />
          {a.leader && <DetailField label={t('activities.leader')} value={a.leader.personal?.name ?? a.leader.pseudonymKey} />}
          <DetailField label={t('activities.openHeadcount')} value={String(a.openHeadcount)} />
        </SimpleGrid>
        {a.description && (
          <Text mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {a.description}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('activities.generations')}
          </Title>
          <Text>
            {t('activities.people', { count: a.figures.people })} · {t('activities.hours', { hours: a.figures.hours })}
          </Text>
          <GenerationMix generations={a.figures.generations} mixIndex={a.figures.mixIndex} />
        </Stack>
      </Paper>
      {a.runByMe && <PeoplePanel activityId={a.id} notify={setNotice} />}
      {editing && <ActivityModal activity={a} onClose={() => setEditing(false)} onDone={(_, text) => setNotice({ ok: true, text })} />}
    </Stack>
  );
}
