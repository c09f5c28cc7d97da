import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { pick } from '../../../components/names';
import { sessionTime } from '../../../components/dates';
import { ASSIGN, SESSION_MENTORS, SUGGEST } from '../graphql/mentors';
import { AssignmentList } from '../components/AssignmentList';
import { ASSIGNMENT_QUERIES, hoursOf, kindsOf, mentorName } from '../labels';

/** One class session's mentors: who is assigned (with their steps), and suggested mentors to assign, with the reasons. */
export default function SessionMentorsPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notice, setNotice] = useState<NoticeValue>(null);
  const { data, loading, error, refetch } = useQuery(SESSION_MENTORS, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const s = data?.session;
  if (!s && loading) return <PageLoader />;
  if (!s) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const title = lang === 'en' ? (s.programme.titleEn ?? s.programme.titleKo) : s.programme.titleKo;
  const open = !s.cancelledAt && new Date(s.endsAt).getTime() > Date.now();
  return (
    <Stack>
      <Trail
        items={[
          { to: '/mentors', label: t('mentors.title') },
          { to: `/programmes/${s.programme.id}`, label: title },
        ]}
      />
      <Title order={1}>{t('mentors.sessionTitle')}</Title>
      <Text>
        {title} · {sessionTime(s.startsAt, s.endsAt, lang)}
      </Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {s.cancelledAt && (
        <Alert color="gray.8" variant="outline">
          {t('mentors.sessionCancelled')}
        </Alert>
      )}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('mentors.assignedList')} ({s.mentorAssignments.length})
          </Title>
          {!s.mentorAssignments.length && <Text c="dimmed">{t('mentors.noneAssigned')}</Text>}
          <AssignmentList rows={s.mentorAssignments} show={{ mentor: true }} notify={setNotice} />
        </Stack>
      </Paper>
      {open && s.programme.canRun && <Suggestions sessionId={s.id} notify={setNotice} />}
      {!s.cancelledAt && (!open || !s.programme.canRun) && (
        <Alert color="gray.8" variant="outline">
          {!s.programme.canRun ? t('mentors.notHost') : t('mentors.sessionEnded')}
        </Alert>
      )}
    </Stack>
  );
}

function Suggestions({ sessionId, notify }: { sessionId: string; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [wanted, setWanted] = useState('');
  const skills = wanted
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .slice(0, 20);
  const { data, previousData, error, refetch } = useQuery(SUGGEST, {
    variables: { id: sessionId, skills },
    fetchPolicy: 'cache-and-network',
  });
  const [assign, assigning] = useMutation(ASSIGN, { refetchQueries: ASSIGNMENT_QUERIES, awaitRefetchQueries: true });
  const shown = data ?? previousData;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mentors.suggestions')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('mentors.suggestionsHelp')}
        </Text>
        <TextInput label={t('mentors.wantedSkills')} value={wanted} onChange={(e) => setWanted(e.currentTarget.value)} maw={420} />
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {shown && !shown.mentorSuggestions.length && <Text c="dimmed">{t('mentors.noSuggestions')}</Text>}
        {shown?.mentorSuggestions.map((x) => {
          const who = mentorName(x.mentor);
          const reasons = [
            x.matchedSkills.length ? t('mentors.reason.skills', { skills: x.matchedSkills.join(', ') }) : null,
            x.inDistrict ? t('mentors.reason.district') : null,
            x.availableThatDay ? t('mentors.reason.day') : null,
            t('mentors.reason.load', { used: hoursOf(x.weekMinutes), capacity: hoursOf(x.capacityMinutes) }),
          ].filter(Boolean);
          return (
            <Group key={x.mentor.id} justify="space-between" wrap="wrap" gap="xs" data-suggestion={x.mentor.id}>
              <Stack gap={2}>
                <Text fw={600}>
                  {who}{' '}
                  <Text span size="sm" c="dimmed">
                    {pick(x.mentor.organization, lang)} · {kindsOf(x.mentor.credentials, lang)}
                  </Text>
                </Text>
                <Group gap={4} wrap="wrap">
                  {reasons.map((r) => (
                    <Badge key={r} variant="outline" color="blue.9" tt="none">
                      {r}
                    </Badge>
                  ))}
                </Group>
              </Stack>
              <Button
                size="sm"
                loading={assigning.loading}
                aria-label={`${t('mentors.assign')}: ${who}`}
                onClick={() =>
                  void assign({ variables: { s: sessionId, m: x.mentor.id } })
                    .then(() => notify({ ok: true, text: t('mentors.done.assigned') }))
                    .catch((e: unknown) => notify({ ok: false, text: errorMessage(e, lang, t('common.networkError')) }))
                }
              >
                {t('mentors.assign')}
              </Button>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
