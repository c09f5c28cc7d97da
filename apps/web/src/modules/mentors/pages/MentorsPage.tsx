import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MENTOR_KINDS, MENTOR_KIND_LABELS, Permission, seoulDate } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { DataTable } from '../../../components/DataTable';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { sessionTime } from '../../../components/dates';
import { POOL, WEEK_BOARD } from '../graphql/mentors';
import { WorkLists } from '../components/WorkLists';
import { RecordMentorModal } from '../components/RecordMentorModal';
import { GroupsPanel } from '../components/GroupsPanel';
import { hoursOf, kindsOf, mentorName, weekOf, weekdaysOf } from '../labels';
import type { MentorKind } from '@lalaland/shared';

const PAGE = 20;

/** Mentors: replies owed for our mentors, hours to verify for our classes, the week board, and the pool. */
export default function MentorsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const can = (p: string) => !!viewer?.permissions.includes(p);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [recording, setRecording] = useState(false);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('mentors.title')}</Title>
        {can(Permission.ParticipantManage) && <Button onClick={() => setRecording(true)}>{t('mentors.record')}</Button>}
      </Group>
      <Text c="dimmed">{t('mentors.intro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {can(Permission.ParticipantManage) && <WorkLists notify={setNotice} />}
      {can(Permission.ProgrammeWrite) && <WeekBoard />}
      {can(Permission.ParticipantManage) && <GroupsPanel notify={setNotice} />}
      <Pool lang={lang} />
      {recording && <RecordMentorModal onClose={() => setRecording(false)} onDone={(text) => setNotice({ ok: true, text })} />}
    </Stack>
  );
}

/** Our class sessions of a week with how many mentors each has, one tap from assigning. */
function WeekBoard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [day, setDay] = useState(seoulDate());
  const week = weekOf(day || seoulDate());
  const { data, error, refetch } = useQuery(WEEK_BOARD, { variables: { from: week.from, to: week.to }, fetchPolicy: 'cache-and-network' });
  const sessions = (data?.sessionCalendar ?? []).filter((s) => !s.cancelledAt);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mentors.board')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('mentors.boardHelp')}
        </Text>
        <DateField label={t('mentors.weekOf')} value={day} onChange={(v) => v && setDay(v)} w={220} />
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !sessions.length && <Text c="dimmed">{t('mentors.noSessions')}</Text>}
        {sessions.map((s) => {
          const live = s.mentorAssignments.filter((a) => a.status === 'ASSIGNED' || a.status === 'CONFIRMED').length;
          return (
            <Group key={s.id} justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {lang === 'en' ? (s.programme.titleEn ?? s.programme.titleKo) : s.programme.titleKo}
                </Text>
                <Text size="xs" c="dimmed">
                  {sessionTime(s.startsAt, s.endsAt, lang)}
                </Text>
              </Stack>
              <Group gap="xs">
                <Badge variant="outline" color={live ? 'teal.9' : 'gray.8'}>
                  {t('mentors.assigned', { count: live })}
                </Badge>
                <Anchor component={Link} to={`/sessions/${s.id}/mentors`} size="sm">
                  {t('mentors.deploy')}
                </Anchor>
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}

/** The mentor pool the caller sees, by kind and skill, ours first. */
function Pool({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState('');
  const [skill, setSkill] = useState('');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(POOL, {
    variables: { kind: (kind || null) as MentorKind | null, skill: skill.trim() || null, mine, offset: (page - 1) * PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('mentors.pool')} {shown ? `(${shown.mentors.totalCount})` : ''}
        </Title>
        <Group wrap="wrap" align="flex-end">
          <SelectField
            label={t('mentors.kind')}
            value={kind}
            onChange={(v) => {
              setKind(v);
              setPage(1);
            }}
            data={[
              { value: '', label: t('mentors.allKinds') },
              ...MENTOR_KINDS.map((k) => ({ value: k, label: label(MENTOR_KIND_LABELS, k, lang) })),
            ]}
            w={200}
          />
          <TextInput
            label={t('mentors.skill')}
            value={skill}
            onChange={(e) => {
              setSkill(e.currentTarget.value);
              setPage(1);
            }}
            w={200}
          />
          <Checkbox label={t('mentors.mineOnly')} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
        </Group>
        {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!shown && loading && <PageLoader />}
        {shown && shown.mentors.totalCount === 0 && <Text c="dimmed">{t('mentors.poolEmpty')}</Text>}
        {shown && shown.mentors.totalCount > 0 && (
          <DataTable minWidth={760} busy={loading} caption={t('mentors.pool')} stack>
            <thead>
              <tr>
                <th scope="col">{t('mentors.person')}</th>
                <th scope="col">{t('mentors.organization')}</th>
                <th scope="col">{t('mentors.kinds')}</th>
                <th scope="col">{t('mentors.skills')}</th>
                <th scope="col">{t('mentors.weekdays')}</th>
                <th scope="col" className="lal-num">
                  {t('mentors.weekly')}
                </th>
                <th scope="col" className="lal-num">
                  {t('mentors.verified')}
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.mentors.items.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Anchor component={Link} to={`/mentors/${m.id}`}>
                      {mentorName(m)}
                    </Anchor>
                    {!m.active && (
                      <Badge ml="xs" variant="outline" color="gray.8">
                        {t('mentors.inactive')}
                      </Badge>
                    )}
                  </td>
                  <td data-label={t('mentors.organization')}>{pick(m.organization, lang)}</td>
                  <td data-label={t('mentors.kinds')}>{kindsOf(m.credentials, lang)}</td>
                  <td data-label={t('mentors.skills')}>{m.skills.join(', ') || '—'}</td>
                  <td data-label={t('mentors.weekdays')}>{weekdaysOf(m.availableWeekdays, lang) || '—'}</td>
                  <td data-label={t('mentors.weekly')} className="lal-num">
                    {t('mentors.hoursValue', { hours: m.weeklyHours })}
                  </td>
                  <td data-label={t('mentors.verified')} className="lal-num">
                    {t('mentors.hoursValue', { hours: hoursOf(m.verifiedMinutes) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {shown && <PagePagination total={shown.mentors.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      </Stack>
    </Paper>
  );
}
