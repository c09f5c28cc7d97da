import { useEffect, useRef, useState } from 'react';
import { Badge, Button, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { sessionTime } from '../../../components/dates';
import { ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import type { AttendanceStatus } from '../../../gql/graphql';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { Notice } from '../../../components/Notice';
import { useUnsavedGuard } from '../../../components/useUnsavedGuard';

import { label } from '../../../components/labels';
import { programmeTitle } from '../labels';
import { Trail } from '../../../components/Trail';
import { SelfCheckInPanel } from '../components/SelfCheckInPanel';
import { useAttendanceLive } from '../hooks/useAttendanceLive';

const SHEET = graphql(`
  query AttendanceSheet($sessionId: ID!) {
    attendanceSheet(sessionId: $sessionId) {
      session {
        id
        startsAt
        endsAt
        checkInCode
        programme {
          id
          titleKo
          titleEn
        }
        venue {
          id
          name
        }
      }
      rows {
        status
        minutes
        selfCheckedIn
        enrolment {
          id
          participant {
            id
            pseudonymKey
            personal {
              name
            }
          }
        }
      }
    }
  }
`);
const RECORD = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      rows {
        status
        minutes
        selfCheckedIn
        enrolment {
          id
        }
      }
    }
  }
`);

/** One screen per session, usable on a phone: every name with four choices, "all present", one save. */
export default function AttendancePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(SHEET, { variables: { sessionId: id } });
  // Learners' QR check-ins (and other staff's saves) arrive as they commit.
  useAttendanceLive(id, () => void refetch());
  // The rows the staff changed and have not saved: a refresh of the sheet keeps them.
  const edited = useRef(new Set<string>());
  const [record, saving] = useMutation(RECORD);
  const [marks, setMarks] = useState<Record<string, AttendanceStatus>>({});
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [qr, setQr] = useState<string | null>(null);
  const sheet = data?.attendanceSheet;
  const guard = useUnsavedGuard(dirty, t('attendance.leaveWarning'));

  useEffect(() => {
    if (!sheet) return;
    // The server's marks, with the staff's unsaved changes kept over them (a check-in arriving does not undo a change).
    setMarks((prev) => ({
      ...Object.fromEntries(sheet.rows.filter((r) => r.status).map((r) => [r.enrolment.id, r.status!])),
      ...Object.fromEntries([...edited.current].flatMap((k) => (prev[k] ? [[k, prev[k]]] : []))),
    }));
    setDirty(edited.current.size > 0);
  }, [sheet]);
  const code = sheet?.session.checkInCode;
  useEffect(() => {
    if (!code) return;
    let live = true;
    // The QR encoder loads only on this screen.
    void import('qrcode')
      .then((q) => q.toDataURL(`${window.location.origin}/check-in?code=${code}`, { margin: 1, width: 160 }))
      .then((url) => live && setQr(url));
    return () => {
      live = false;
    };
  }, [code]);

  if (!sheet && loading) return <PageLoader />;
  if (error && !sheet) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!sheet) return null;

  const set = (enrolmentId: string, status: AttendanceStatus) => {
    setMarks((m) => ({ ...m, [enrolmentId]: status }));
    edited.current.add(enrolmentId);
    setDirty(true);
  };
  const save = async () => {
    const entries = Object.entries(marks).map(([enrolmentId, status]) => ({ enrolmentId, status }));
    try {
      await record({ variables: { input: { sessionId: sheet.session.id, entries } } });
      edited.current = new Set();
      void refetch();
      setDirty(false);
      setNotice({ ok: true, text: t('attendance.saved') });
    } catch (err) {
      setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
    }
  };
  const p = sheet.session.programme;
  const tally: Partial<Record<AttendanceStatus, number>> = {};
  Object.values(marks).forEach((m) => (tally[m] = (tally[m] ?? 0) + 1));
  const unmarked = sheet.rows.filter((r) => !marks[r.enrolment.id]).length;

  return (
    <Stack maw={720}>
      <Trail
        items={[
          { to: '/programmes', label: t('learn.title') },
          { to: `/programmes/${p.id}`, label: programmeTitle(p, lang) },
        ]}
      />
      <Title order={1}>{t('attendance.title')}</Title>
      <Text>
        {sessionTime(sheet.session.startsAt, sheet.session.endsAt, lang)}
        {sheet.session.venue ? ` · ${sheet.session.venue.name}` : ''}
      </Text>
      <Paper withBorder p="sm">
        <Group>
          {qr && <img src={qr} width={120} height={120} alt={t('attendance.qr')} />}
          <Stack gap={4}>
            <Text size="sm">
              {t('learn.checkInCode')}: <strong style={{ fontSize: '1.4em', letterSpacing: '0.15em' }}>{code}</strong>
            </Text>
            <Text size="sm" c="dimmed">
              {t('attendance.codeHelp', { url: `${window.location.origin}/check-in` })}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <SelfCheckInPanel sessionId={sheet.session.id} />
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {guard}
      {sheet.rows.length === 0 ? (
        <Text c="dimmed">{t('attendance.empty')}</Text>
      ) : (
        <>
          <Group>
            <Button variant="default" onClick={() => sheet.rows.forEach((r) => set(r.enrolment.id, 'PRESENT'))}>
              {t('attendance.allPresent')}
            </Button>
          </Group>
          <Stack gap="xs">
            {sheet.rows.map((r) => {
              const name = r.enrolment.participant.personal?.name ?? r.enrolment.participant.pseudonymKey;
              return (
                <Paper key={r.enrolment.id} withBorder p="xs">
                  {r.selfCheckedIn && (
                    <Badge variant="outline" color="blue.9" tt="none" style={{ float: 'right' }}>
                      {t('attendance.selfMarked')}
                    </Badge>
                  )}
                  <Radio.Group
                    label={name}
                    aria-label={t('attendance.mark', { name })}
                    value={marks[r.enrolment.id] ?? ''}
                    onChange={(v) => set(r.enrolment.id, v as AttendanceStatus)}
                  >
                    <Group gap={4} mt={4}>
                      {ATTENDANCE_STATUSES.map((s) => (
                        <Radio key={s} value={s} size="md" className="lal-mark" label={label(ATTENDANCE_STATUS_LABELS, s, lang)} />
                      ))}
                    </Group>
                  </Radio.Group>
                </Paper>
              );
            })}
          </Stack>
          {/* The save bar stays at the bottom of the screen with the tally, however long the list. */}
          <Paper withBorder p="sm" className="lal-save-bar">
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {ATTENDANCE_STATUSES.map((s) => `${label(ATTENDANCE_STATUS_LABELS, s, lang)} ${tally[s] ?? 0}`).join(' · ')}
                  {unmarked ? ` · ${t('attendance.unmarked', { count: unmarked })}` : ''}
                </Text>
                {dirty && (
                  <Text size="sm" c="red.9" role="status">
                    {t('attendance.unsaved')}
                  </Text>
                )}
              </Stack>
              <Button size="md" onClick={() => void save()} loading={saving.loading} disabled={!Object.keys(marks).length}>
                {t('attendance.save')}
              </Button>
            </Group>
          </Paper>
        </>
      )}
    </Stack>
  );
}
