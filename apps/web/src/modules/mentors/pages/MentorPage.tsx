import { useState } from 'react';
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGE_BAND_LABELS } from '@lalaland/shared';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { MENTOR } from '../graphql/mentors';
import { AssignmentList } from '../components/AssignmentList';
import { EditMentorModal } from '../components/EditMentorModal';
import { hoursOf, kindsOf, mentorName, weekdaysOf } from '../labels';

/** One mentor: profile, credentials, verified hours and assignments (as far as the caller sees them). */
export default function MentorPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(MENTOR, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const m = data?.mentor;
  if (!m && loading) return <PageLoader />;
  if (!m) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const name = mentorName(m);
  return (
    <Stack>
      <Trail items={[{ to: '/mentors', label: t('mentors.title') }]} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>
          {name}{' '}
          {!m.active && (
            <Badge variant="outline" color="gray.8">
              {t('mentors.inactive')}
            </Badge>
          )}
        </Title>
        {m.heldByMe && <Button onClick={() => setEditing(true)}>{t('mentors.edit')}</Button>}
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('mentors.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
          <DetailField label={t('mentors.organization')} value={pick(m.organization, lang)} />
          <DetailField label={t('mentors.kinds')} value={kindsOf(m.credentials, lang)} />
          <DetailField label={t('mentors.verified')} value={t('mentors.hoursValue', { hours: hoursOf(m.verifiedMinutes) })} />
          <DetailField label={t('mentors.skills')} value={m.skills.join(', ') || '—'} />
          <DetailField label={t('mentors.weekly')} value={t('mentors.hoursValue', { hours: m.weeklyHours })} />
          <DetailField label={t('mentors.weekdays')} value={weekdaysOf(m.availableWeekdays, lang) || '—'} />
          <DetailField label={t('mentors.languages')} value={m.languages.join(', ') || '—'} />
          <DetailField label={t('mentors.generation')} value={label(AGE_BAND_LABELS, m.ageBand, lang)} />
          {m.note && <DetailField label={t('mentors.note')} value={m.note} />}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('mentors.credentials')}
        </Title>
        <Stack gap="xs">
          {m.credentials.map((c) => (
            <Text key={c.id} size="sm">
              {kindsOf([c], lang)} · {t(`mentors.source.${c.source}`)} · {t('mentors.earnedOn')} {calendarDay(c.earnedOn, lang)}
              {c.evidence ? ` · ${c.evidence}` : ''}
            </Text>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('mentors.assignments')} ({m.assignments.length})
          </Title>
          {!m.assignments.length && <Text c="dimmed">{t('mentors.noAssignments')}</Text>}
          <AssignmentList rows={m.assignments} show={{ session: true }} notify={setNotice} />
        </Stack>
      </Paper>
      {editing && <EditMentorModal mentor={m} onClose={() => setEditing(false)} onDone={(text) => setNotice({ ok: true, text })} />}
    </Stack>
  );
}
