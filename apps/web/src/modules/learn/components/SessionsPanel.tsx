import { useState } from 'react';
import { Anchor, Button, Group, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sessionTime } from '../../../components/dates';
import { PROGRAMME_EDITABLE, seoulDate } from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';

import type { Programme, ProgrammeSession } from '../graphql/programme';
import { SeriesModal } from './SeriesModal';
import { SessionModal } from './SessionModal';

/** The class sessions: the weekly series, editing one, and the way to each session's attendance and mentors. */
export function SessionsPanel({ programme: p, onDone }: { programme: Programme; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [seriesOpen, setSeriesOpen] = useState(false);
  const [editing, setEditing] = useState<ProgrammeSession | null>(null);
  // The host's staff change sessions while the programme is still open (the API refuses it afterwards too).
  const editsSessions = p.canRun && PROGRAMME_EDITABLE.includes(p.status);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('learn.sessions')}
        </Title>
        <Group>
          {p.sessions.length > 0 && (
            <Button component={Link} to={`/calendar?date=${seoulDate(p.sessions[0]!.startsAt)}`} variant="default">
              {t('learn.onCalendar')}
            </Button>
          )}
          {editsSessions && <Button onClick={() => setSeriesOpen(true)}>{t('learn.addSeries')}</Button>}
        </Group>
      </Group>
      {p.sessions.length === 0 ? (
        <Text c="dimmed">{t('learn.noSessions')}</Text>
      ) : (
        <DataTable minWidth={720} caption={t('learn.sessions')}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('learn.when')}</th>
              <th scope="col">{t('learn.venue')}</th>
              <th scope="col">{t('learn.instructor')}</th>
              {p.canTakeAttendance && <th scope="col">{t('learn.takeAttendance')}</th>}
              {p.canRun && <th scope="col">{t('learn.mentors')}</th>}
              {editsSessions && <th scope="col">{t('learn.editSession')}</th>}
            </tr>
          </thead>
          <tbody>
            {p.sessions.map((s, n) => (
              <tr key={s.id}>
                <td>{n + 1}</td>
                <td style={s.cancelledAt ? { textDecoration: 'line-through' } : undefined}>
                  {sessionTime(s.startsAt, s.endsAt, lang)}
                  {s.cancelledAt && <span className="lal-visually-hidden"> ({t('calendar.cancelled')})</span>}
                </td>
                <td>{s.venue?.name ?? s.onlineUrl ?? '—'}</td>
                <td>{s.instructor?.name ?? t('learn.noInstructor')}</td>
                {p.canTakeAttendance && (
                  <td>
                    <Anchor component={Link} to={`/sessions/${s.id}/attendance`}>
                      {t('learn.takeAttendance')} ({s.checkInCode})
                    </Anchor>
                  </td>
                )}
                {p.canRun && (
                  <td>
                    <Anchor component={Link} to={`/sessions/${s.id}/mentors`}>
                      {!s.cancelledAt && new Date(s.endsAt).getTime() > Date.now() ? t('learn.placeMentors') : t('learn.seeMentors')}
                      <span className="lal-visually-hidden"> ({t('learn.sessionN', { n: n + 1 })})</span>
                    </Anchor>
                  </td>
                )}
                {editsSessions && (
                  <td>
                    <Button size="xs" variant="default" onClick={() => setEditing(s)}>
                      {t('learn.editSession')}
                      <span className="lal-visually-hidden"> ({t('learn.sessionN', { n: n + 1 })})</span>
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {editing && (
        <SessionModal
          programme={p}
          session={editing}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            onDone(text);
          }}
        />
      )}
      {seriesOpen && (
        <SeriesModal
          programme={p}
          onClose={() => setSeriesOpen(false)}
          onDone={(count) => {
            setSeriesOpen(false);
            onDone(t('learn.seriesCreated', { count }));
          }}
        />
      )}
    </Paper>
  );
}
