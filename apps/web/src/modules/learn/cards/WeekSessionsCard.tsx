import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { sessionTime } from '../../../components/dates';
import { seoulDate, seoulInstant } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { programmeTitle } from '../labels';
import { countText } from '../../../components/counts';

const MY_WEEK = graphql(`
  query MyWeekSessions($from: DateTime!, $to: DateTime!) {
    sessionCalendar(from: $from, to: $to, mine: true) {
      id
      startsAt
      endsAt
      cancelledAt
      attendanceMarked
      venue {
        id
        name
      }
      programme {
        id
        titleKo
        titleEn
        seatsTaken
        canTakeAttendance
      }
    }
  }
`);

/** Monday to Sunday of this week, in Seoul. */
function thisWeek(today: string): { from: string; to: string } {
  const d = new Date(`${today}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const next = new Date(monday.getTime() + 7 * 86_400_000);
  return {
    from: seoulInstant(monday.toISOString().slice(0, 10)).toISOString(),
    to: seoulInstant(next.toISOString().slice(0, 10)).toISOString(),
  };
}

/** Today's and this week's sessions of my organization's programmes, with whether attendance was taken, one tap from the sheet. */
export default function WeekSessionsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const today = seoulDate();
  const { data, error, refetch } = useQuery(MY_WEEK, { variables: thisWeek(today), fetchPolicy: 'cache-and-network' });
  const sessions = (data?.sessionCalendar ?? []).filter((s) => !s.cancelledAt);
  const todays = sessions.filter((s) => seoulDate(s.startsAt) === today);
  const later = sessions.filter((s) => seoulDate(s.startsAt) !== today);
  const row = (s: (typeof sessions)[number]) => {
    const started = new Date(s.startsAt).getTime() <= Date.now();
    return (
      <Group key={s.id} justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Anchor component={Link} to={`/programmes/${s.programme.id}`} size="sm" fw={600}>
            {programmeTitle(s.programme, lang)}
          </Anchor>
          <Text size="xs" c="dimmed">
            {sessionTime(s.startsAt, s.endsAt, lang)}
            {s.venue ? ` · ${s.venue.name}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {started && (
            <Badge variant="outline" color={s.attendanceMarked ? 'teal.9' : 'red.8'}>
              {s.attendanceMarked
                ? t('cards.marked', { count: s.attendanceMarked, of: countText(s.programme.seatsTaken, t) })
                : t('cards.notMarked')}
            </Badge>
          )}
          {s.programme.canTakeAttendance && (
            <Anchor component={Link} to={`/sessions/${s.id}/attendance`} size="sm">
              {t('attendance.title')}
            </Anchor>
          )}
        </Group>
      </Group>
    );
  };
  useCardCount(data ? sessions.length : undefined);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('cards.today')} ({todays.length})
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !todays.length && <Text c="dimmed">{t('cards.noToday')}</Text>}
        {todays.map(row)}
        <Title order={3} size="h5">
          {t('cards.thisWeek')} ({later.length})
        </Title>
        {data && !later.length && <Text c="dimmed">{t('cards.noWeek')}</Text>}
        {later.map(row)}
      </Stack>
    </Paper>
  );
}
