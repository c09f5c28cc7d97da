import { Alert, Anchor, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { seoulDate, seoulInstant } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { pick, streamLabel } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { programmeTitle } from '../labels';
import { useMeetingsBetween } from '../../meetings';

const CALENDAR = graphql(`
  query SessionCalendar($from: DateTime!, $to: DateTime!, $streamId: ID) {
    sessionCalendar(from: $from, to: $to, streamId: $streamId) {
      id
      startsAt
      endsAt
      cancelledAt
      onlineUrl
      venue {
        id
        name
      }
      programme {
        id
        titleKo
        titleEn
        canTakeAttendance
        host {
          id
          nameKo
          nameEn
        }
      }
    }
    fundingStreams {
      id
      nameKo
      fiscalYear
      nameEn
    }
  }
`);

const DAY = 86_400_000;
const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Monday of the week holding `date` (weeks start on Monday). */
const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/**
 * The consortium calendar: sessions of every programme the organization may see, by month or by week, in Seoul
 * time. The view, the date and the stream live in the address, so a link shows the same calendar.
 */
export default function CalendarPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const loc = lang === 'en' ? 'en-GB' : 'ko-KR';
  const [params, setParams] = useSearchParams();
  // A month grid needs a wide screen; on a phone the calendar opens on the week list unless the address says otherwise.
  const narrow = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const view = (params.get('view') ?? (narrow ? 'week' : 'month')) === 'week' ? 'week' : 'month';
  const asked = params.get('date');
  // Only a real calendar day (2025-13-01 is not): anything else shows today, and says so.
  const realDay =
    !!asked &&
    /^\d{4}-\d{2}-\d{2}$/.test(asked) &&
    !Number.isNaN(Date.parse(`${asked}T00:00:00Z`)) &&
    new Date(`${asked}T00:00:00Z`).toISOString().startsWith(asked);
  const date = realDay ? asked : seoulDate();
  const streamId = params.get('stream') ?? '';
  const set = (next: Record<string, string>) => setParams((p) => ({ ...Object.fromEntries(p), ...next }), { replace: false });

  const monthStart = `${date.slice(0, 8)}01`;
  const first = view === 'month' ? mondayOf(monthStart) : mondayOf(date);
  const days = Array.from({ length: view === 'month' ? 42 : 7 }, (_, i) => addDays(first, i));
  const from = seoulInstant(days[0]!).toISOString();
  const to = seoulInstant(addDays(days[days.length - 1]!, 1)).toISOString();
  const { data, previousData, loading, error, refetch } = useQuery(CALENDAR, {
    variables: { from, to, streamId: streamId || null },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  // The consortium's meetings in the same calendar (the meetings feature's; not filtered by stream).
  const meetings = useMeetingsBetween(days[0]!, days[days.length - 1]!);
  const meetingsByDay = new Map<string, typeof meetings>();
  for (const m of meetings) meetingsByDay.set(seoulDate(m.startsAt), [...(meetingsByDay.get(seoulDate(m.startsAt)) ?? []), m]);

  const byDay = new Map<string, NonNullable<typeof shown>['sessionCalendar']>();
  for (const s of shown?.sessionCalendar ?? []) {
    const d = seoulDate(s.startsAt);
    byDay.set(d, [...(byDay.get(d) ?? []), s]);
  }
  const time = (v: string) =>
    new Intl.DateTimeFormat(loc, { timeZone: 'Asia/Seoul', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(v));
  const dayName = (d: string, style: 'short' | 'long') =>
    new Intl.DateTimeFormat(loc, { timeZone: 'UTC', weekday: style }).format(new Date(`${d}T00:00:00Z`));
  const heading =
    view === 'month'
      ? new Intl.DateTimeFormat(loc, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(`${monthStart}T00:00:00Z`))
      : `${new Intl.DateTimeFormat(loc, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(`${days[0]}T00:00:00Z`))} – ${new Intl.DateTimeFormat(loc, { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(new Date(`${days[6]}T00:00:00Z`))}`;
  const step = (n: number) => {
    if (view === 'week') return set({ date: addDays(date, 7 * n) });
    const d = new Date(`${monthStart}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + n);
    set({ date: d.toISOString().slice(0, 10) });
  };
  const total = shown?.sessionCalendar.length ?? 0;

  const meetingEntry = (m: (typeof meetings)[number]) => (
    <li key={m.id} data-meeting>
      <Anchor component={Link} to={`/meetings/${m.id}`} size="sm" fw={600} c="grape.9">
        <Text span fw={600} size="sm">
          {time(m.startsAt)}
        </Text>{' '}
        [{t('nav.meetings')}] {m.title}
      </Anchor>
    </li>
  );

  const entry = (s: NonNullable<typeof shown>['sessionCalendar'][number], compact: boolean) => (
    <li key={s.id}>
      <Anchor component={Link} to={`/programmes/${s.programme.id}`} size="sm" td={s.cancelledAt ? 'line-through' : undefined}>
        <Text span fw={600} size="sm">
          {time(s.startsAt)}
        </Text>{' '}
        {programmeTitle(s.programme, lang)}
      </Anchor>
      {s.cancelledAt && (
        <Text span size="xs" c="red.8">
          {' '}
          ({t('calendar.cancelled')})
        </Text>
      )}
      {!compact && (
        <Text size="xs" c="dimmed">
          {time(s.startsAt)}–{time(s.endsAt)} · {pick(s.programme.host, lang)} · {s.venue?.name ?? t('calendar.online')}
        </Text>
      )}
      {!compact && s.programme.canTakeAttendance && !s.cancelledAt && (
        <Anchor component={Link} to={`/sessions/${s.id}/attendance`} size="xs">
          {t('attendance.title')}
        </Anchor>
      )}
    </li>
  );

  return (
    <Stack>
      <Title order={1}>{t('calendar.title')}</Title>
      {asked && !realDay && (
        <Alert color="yellow.9" variant="outline">
          {t('calendar.badDate', { date: asked })}
        </Alert>
      )}
      <Text c="dimmed">{t('calendar.intro')}</Text>
      <Group justify="space-between" align="end">
        <Group align="end">
          <SegmentedControl
            aria-label={t('calendar.view')}
            value={view}
            onChange={(v) => set({ view: v })}
            data={[
              { value: 'month', label: t('calendar.month') },
              { value: 'week', label: t('calendar.week') },
            ]}
          />
          <SelectField
            label={t('learn.stream')}
            value={streamId}
            onChange={(v) => set({ stream: v })}
            data={[
              { value: '', label: t('learn.allStreams') },
              ...(shown?.fundingStreams ?? []).map((s) => ({ value: s.id, label: streamLabel(s, lang) })),
            ]}
            w={220}
          />
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={() => step(-1)}>
            {view === 'month' ? t('calendar.prevMonth') : t('calendar.prevWeek')}
          </Button>
          <Button variant="default" onClick={() => set({ date: seoulDate() })}>
            {t('calendar.today')}
          </Button>
          <Button variant="default" onClick={() => step(1)}>
            {view === 'month' ? t('calendar.nextMonth') : t('calendar.nextWeek')}
          </Button>
        </Group>
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {heading} · {t('calendar.count', { count: total })}
      </Title>
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !shown && <PageLoader />}
      {shown && total === 0 && <Text c="dimmed">{t('calendar.empty')}</Text>}
      {shown && view === 'month' && (
        <div style={{ overflowX: 'auto' }}>
          <table className="lal-calendar" aria-busy={loading}>
            <caption className="lal-visually-hidden">{heading}</caption>
            <thead>
              <tr>
                {days.slice(0, 7).map((d) => (
                  <th key={d} scope="col" abbr={dayName(d, 'long')}>
                    {dayName(d, 'short')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: 6 }, (_, w) => (
                <tr key={w}>
                  {days.slice(w * 7, w * 7 + 7).map((d) => {
                    const list = byDay.get(d) ?? [];
                    const inMonth = d.slice(0, 7) === monthStart.slice(0, 7);
                    return (
                      <td key={d} data-outside={!inMonth || undefined} data-today={d === seoulDate() || undefined}>
                        <Text size="xs" fw={700} c={inMonth ? undefined : 'dimmed'}>
                          <span className="lal-visually-hidden">
                            {new Intl.DateTimeFormat(loc, { timeZone: 'UTC', month: 'long' }).format(new Date(`${d}T00:00:00Z`))}{' '}
                          </span>
                          {Number(d.slice(8))}
                        </Text>
                        {list.length + (meetingsByDay.get(d)?.length ?? 0) > 0 && (
                          <ul className="lal-calendar-list">
                            {(meetingsByDay.get(d) ?? []).map(meetingEntry)}
                            {list.map((s) => entry(s, true))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shown && view === 'week' && (
        <SimpleGrid cols={{ base: 1, md: 7 }} spacing="xs">
          {days.map((d) => (
            <Paper key={d} withBorder p="xs" component="section" aria-labelledby={`day-${d}`}>
              <Text id={`day-${d}`} fw={700} size="sm" c={d === seoulDate() ? 'krds.8' : undefined}>
                {dayName(d, 'short')} {Number(d.slice(5, 7))}/{Number(d.slice(8))}
              </Text>
              {(byDay.get(d) ?? []).length + (meetingsByDay.get(d)?.length ?? 0) ? (
                <ul className="lal-calendar-list">
                  {(meetingsByDay.get(d) ?? []).map(meetingEntry)}
                  {(byDay.get(d) ?? []).map((s) => entry(s, false))}
                </ul>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('calendar.noSessions')}
                </Text>
              )}
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
