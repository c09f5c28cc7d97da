import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BUSAN_DISTRICTS, PROGRAMME_EDITABLE, PROGRAMME_TRANSITIONS, seoulClock, seoulDate, seoulInstant } from '@lalaland/shared';
import { graphql } from '../../../gql';
import type { ProgrammePageQuery, ProgrammeStatus, Gender } from '../../../gql/graphql';
import { ErrorAlert, errorCode, errorMessage, fieldErrors } from '../../common/ErrorAlert';
import { Notice } from '../../common/Notice';
import { FormModal } from '../../common/FormModal';
import { SelectField } from '../../common/SelectField';
import { DataTable } from '../../common/DataTable';
import { DetailField } from '../../common/DetailField';
import { pick } from '../../common/names';
import { PageLoader } from '../../common/PageLoader';
import { STATUS_COLORS, inYears, label, options, sessionTime } from '../labels';
import { programmeTitle } from '../labels';

const PROGRAMME = graphql(`
  query ProgrammePage($id: ID!) {
    programme(id: $id) {
      id titleKo titleEn description status statusComment pillar domain format capacity seatsTaken completionRate startsOn endsOn
      targetAudience ageBands targetParticipants targetCompletions canRun canDecide canTakeAttendance
      stream { id nameKo nameEn }
      initiative { id nameKo nameEn }
      field { id nameKo nameEn }
      host { id nameKo nameEn }
      cohosts { id nameKo nameEn }
      parent { id titleKo titleEn }
      children { id titleKo titleEn status }
      enrolmentCounts { applied enrolled waitlisted completed dropped }
      sessions { id startsAt endsAt checkInCode onlineUrl venue { id name } instructor { id name } }
      enrolments(limit: 100) {
        totalCount
        items {
          id status ageBand
          participant { id pseudonymKey heldByMe personal { name } }
          attendance { attended held hours rate }
          certificate { code }
        }
      }
    }
  }
`);
const STATUS = graphql(`
  mutation ChangeProgrammeStatus($id: ID!, $status: ProgrammeStatus!, $comment: String) { changeProgrammeStatus(id: $id, status: $status, comment: $comment) { id status statusComment } }
`);
const SERIES = graphql(`
  mutation CreateSessionSeries($input: SessionSeriesInput!) { createSessionSeries(input: $input) { id } }
`);
const UPDATE_SESSION = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) { updateSession(input: $input) { id startsAt endsAt onlineUrl venue { id name } instructor { id name } } }
`);
const DELETE_SESSION = graphql(`
  mutation DeleteSession($id: ID!) { deleteSession(id: $id) }
`);
const VENUES = graphql(`
  query SessionFormOptions($streamId: ID!) {
    venues(limit: 100) { items { id name } }
    instructors(streamId: $streamId, limit: 100) { items { id name fields } }
  }
`);
const REGISTER = graphql(`
  mutation RegisterParticipant($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id pseudonymKey } }
`);
const ENROL = graphql(`
  mutation Enrol($programmeId: ID!, $participantId: ID!) { enrol(programmeId: $programmeId, participantId: $participantId) { id status } }
`);
const DROP = graphql(`
  mutation DropEnrolment($id: ID!) { changeEnrolmentStatus(id: $id, status: DROPPED) { id status } }
`);
const EVALUATE = graphql(`
  mutation EvaluateCompletion($programmeId: ID!) { evaluateCompletion(programmeId: $programmeId) }
`);

type Programme = NonNullable<ProgrammePageQuery['programme']>;
type Notice = { ok: boolean; text: string } | null;

export default function ProgrammePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [notice, setNotice] = useState<Notice>((location.state as { notice?: string } | null)?.notice ? { ok: true, text: (location.state as { notice: string }).notice } : null);
  const [seriesOpen, setSeriesOpen] = useState(false);
  const [editing, setEditing] = useState<Programme['sessions'][number] | null>(null);
  const [registerOpen, setRegisterOpen] = useState(false);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const { data, loading, error, refetch } = useQuery(PROGRAMME, { variables: { id } });
  const [changeStatus, statusState] = useMutation(STATUS);
  const [drop] = useMutation(DROP);
  const [evaluate] = useMutation(EVALUATE);
  const p = data?.programme;

  if (!p && loading) return <PageLoader />;
  if (errorCode(error) === 'PROGRAMME_NOT_FOUND') return <Alert color="red" variant="outline" role="alert">{t('learn.notFound')}</Alert>;
  if (error && !p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!p) return null;

  // The host's staff change sessions while the programme is still open (the API refuses it afterwards too).
  const editsSessions = p.canRun && PROGRAMME_EDITABLE.includes(p.status);
  const report = (ok: boolean, text: string) => setNotice({ ok, text });
  const move = async (status: ProgrammeStatus, note?: string) => {
    try {
      const r = await changeStatus({ variables: { id: p.id, status, comment: note ?? null } });
      report(true, t('learn.statusChanged', { status: label('programmeStatus', r.data!.changeProgrammeStatus.status, lang) }));
      setReturning(false);
      setComment('');
      await refetch();
    } catch (err) {
      report(false, errorMessage(err, lang, t('common.networkError')));
    }
  };
  const transitions = PROGRAMME_TRANSITIONS.filter((x) => x.from === p.status && (x.by === 'HOST' ? p.canRun : p.canDecide));

  return (
    <Stack>
      <Anchor component={Link} to="/programmes" size="sm">
        ← {t('learn.title')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{programmeTitle(p, lang)}</Title>
        <Badge variant="outline" color={STATUS_COLORS[p.status]}>
          {label('programmeStatus', p.status, lang)}
        </Badge>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {p.statusComment && (
        <Alert color="grape" variant="outline" title={t('learn.statusComment')}>
          {p.statusComment}
        </Alert>
      )}
      {transitions.length > 0 && (
        <Group>
          {transitions.map((x) => (
            <Button key={x.to} variant={x.to === 'CANCELLED' || x.to === 'RETURNED' ? 'default' : 'filled'} loading={statusState.loading} onClick={() => (x.to === 'RETURNED' ? setReturning(true) : void move(x.to))}>
              {t(`learn.actions.${x.to}`)}
            </Button>
          ))}
        </Group>
      )}
      {returning && (
        <Paper withBorder p="md">
          <Stack>
            <Textarea label={t('learn.returnComment')} required value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            <Group>
              <Button onClick={() => void move('RETURNED', comment)}>{t('learn.actions.RETURNED')}</Button>
              <Button variant="default" onClick={() => setReturning(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('learn.details')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
          <DetailField label={t('learn.stream')} value={pick(p.stream, lang)} />
          <DetailField label={t('learn.initiative')} value={pick(p.initiative, lang)} />
          <DetailField label={t('learn.host')} value={pick(p.host, lang)} />
          <DetailField label={t('learn.cohosts')} value={p.cohosts.map((c) => pick(c, lang)).join(', ') || t('common.none')} />
          <DetailField label={t('learn.pillar')} value={label('pillar', p.pillar, lang)} />
          <DetailField label={t('learn.domain')} value={label('domain', p.domain, lang)} />
          {p.field && <DetailField label={t('learn.field')} value={pick(p.field, lang)} />}
          <DetailField label={t('learn.format')} value={label('format', p.format, lang)} />
          <DetailField label={t('learn.seats')} value={`${p.seatsTaken} / ${p.capacity} (${t('learn.waitlisted')} ${p.enrolmentCounts.waitlisted})`} />
          <DetailField label={t('learn.completionRate')} value={`${p.completionRate}%`} />
          <DetailField label={t('learn.startsOn')} value={`${p.startsOn}${p.endsOn ? ` ~ ${p.endsOn}` : ''}`} />
          {p.targetAudience && <DetailField label={t('learn.targetAudience')} value={p.targetAudience} />}
          {p.parent && <DetailField label={t('learn.parent')} value={<Anchor component={Link} to={`/programmes/${p.parent.id}`}>{programmeTitle(p.parent, lang)}</Anchor>} />}
        </SimpleGrid>
        {p.description && <Text mt="sm">{p.description}</Text>}
        {p.children.length > 0 && (
          <Stack gap={4} mt="sm">
            {p.children.map((c) => (
              <Anchor key={c.id} component={Link} to={`/programmes/${c.id}`}>
                ↳ {programmeTitle(c, lang)} ({label('programmeStatus', c.status, lang)})
              </Anchor>
            ))}
          </Stack>
        )}
      </Paper>

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
          <DataTable minWidth={640} caption={t('learn.sessions')}>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('learn.when')}</th>
                <th scope="col">{t('learn.venue')}</th>
                <th scope="col">{t('learn.instructor')}</th>
                {p.canTakeAttendance && <th scope="col">{t('learn.takeAttendance')}</th>}
                {editsSessions && <th scope="col">{t('learn.editSession')}</th>}
              </tr>
            </thead>
            <tbody>
              {p.sessions.map((s, n) => (
                <tr key={s.id}>
                  <td>{n + 1}</td>
                  <td>{sessionTime(s.startsAt, s.endsAt, lang)}</td>
                  <td>{s.venue?.name ?? s.onlineUrl ?? '—'}</td>
                  <td>{s.instructor?.name ?? t('learn.noInstructor')}</td>
                  {p.canTakeAttendance && (
                    <td>
                      <Anchor component={Link} to={`/sessions/${s.id}/attendance`}>
                        {t('learn.takeAttendance')} ({s.checkInCode})
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
      </Paper>

      <Paper withBorder p="lg">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3">
            {t('learn.roster')} ({p.enrolments?.totalCount ?? 0})
          </Title>
          <Group>
            {p.canRun && (p.status === 'RUNNING' || p.status === 'COMPLETED') && (
              <Button
                variant="default"
                onClick={() =>
                  void evaluate({ variables: { programmeId: p.id } })
                    .then((r) => {
                      report(true, t('learn.evaluated', { count: r.data!.evaluateCompletion }));
                      return refetch();
                    })
                    .catch((err: unknown) => report(false, errorMessage(err, lang, t('common.networkError'))))
                }
              >
                {t('learn.evaluate')}
              </Button>
            )}
            {p.enrolments && (
              <Button.Group>
                <Button component="a" href={`/exports/programmes/${p.id}/roster.xlsx`} variant="default" download>
                  {t('learn.exportXlsx')}
                </Button>
                <Button component="a" href={`/exports/programmes/${p.id}/roster.csv`} variant="default" download>
                  {t('learn.exportCsv')}
                </Button>
              </Button.Group>
            )}
            {p.canTakeAttendance && (
              <Button component={Link} to={`/programmes/${p.id}/import`} variant="default">
                {t('learn.importFile')}
              </Button>
            )}
            {['APPROVED', 'RECRUITING', 'RUNNING'].includes(p.status) && <Button onClick={() => setRegisterOpen(true)}>{t('learn.registerAndEnrol')}</Button>}
          </Group>
        </Group>
        <Text size="sm" c="dimmed" mb="xs">
          {t('learn.readOnlyPersonal')}
        </Text>
        {!p.enrolments || p.enrolments.totalCount === 0 ? (
          <Text c="dimmed">{t('learn.noRoster')}</Text>
        ) : (
          <DataTable minWidth={720} caption={t('learn.roster')}>
            <thead>
              <tr>
                <th scope="col">{t('learn.participant')}</th>
                <th scope="col">{t('learn.enrolmentStatus')}</th>
                <th scope="col">{t('learn.attendanceRate')}</th>
                <th scope="col">{t('learn.hours')}</th>
                <th scope="col">{t('learn.certificate')}</th>
                <th scope="col">
                  <span className="lal-visually-hidden">{t('learn.drop')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {p.enrolments.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    {e.participant.personal?.name ?? e.participant.pseudonymKey}
                    <Text size="xs" c="dimmed">
                      {e.participant.pseudonymKey} · {label('ageBand', e.ageBand, lang)}
                    </Text>
                  </td>
                  <td>
                    <Badge variant="outline" color={STATUS_COLORS[e.status] ?? 'gray.8'}>
                      {label('enrolmentStatus', e.status, lang)}
                    </Badge>
                  </td>
                  <td>
                    {e.attendance.attended}/{e.attendance.held} ({e.attendance.rate}%)
                  </td>
                  <td>{e.attendance.hours}</td>
                  <td>
                    {e.certificate ? (
                      <Anchor component={Link} to={`/verify/${e.certificate.code}`}>
                        {e.certificate.code}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {(e.participant.heldByMe || p.canRun) && ['ENROLLED', 'WAITLISTED', 'APPLIED'].includes(e.status) && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() =>
                          void drop({ variables: { id: e.id } })
                            .then(() => {
                              report(true, t('learn.dropped'));
                              return refetch();
                            })
                            .catch((err: unknown) => report(false, errorMessage(err, lang, t('common.networkError'))))
                        }
                      >
                        {t('learn.drop')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      {editing && (
        <SessionModal
          programme={p}
          session={editing}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            report(true, text);
            void refetch();
          }}
        />
      )}
      {seriesOpen && (
        <SeriesModal
          programme={p}
          onClose={() => setSeriesOpen(false)}
          onDone={(count) => {
            setSeriesOpen(false);
            report(true, t('learn.seriesCreated', { count }));
            void refetch();
          }}
        />
      )}
      {registerOpen && (
        <RegisterModal
          programmeId={p.id}
          onClose={() => setRegisterOpen(false)}
          onDone={(text) => {
            setRegisterOpen(false);
            report(true, text);
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}

function SeriesModal({ programme, onClose, onDone }: { programme: Programme; onClose: () => void; onDone: (count: number) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, { loading, error }] = useMutation(SERIES);
  const [form, setForm] = useState({ firstDate: programme.startsOn, weekdays: [] as number[], count: 8 as number | string, startTime: '10:00', endTime: '12:00', venueId: '', onlineUrl: '', instructorId: '' });
  const errs = fieldErrors(error, lang);
  const names = t('learn.weekdayNames').split(',');
  const submit = async () => {
    const r = await create({
      variables: {
        input: {
          programmeId: programme.id,
          firstDate: form.firstDate,
          weekdays: form.weekdays,
          count: Number(form.count) || 0,
          startTime: form.startTime,
          endTime: form.endTime,
          venueId: form.venueId || null,
          onlineUrl: form.onlineUrl || null,
          instructorId: form.instructorId || null,
        },
      },
    }).catch(() => null);
    if (r?.data) onDone(r.data.createSessionSeries.length);
  };
  return (
    <FormModal title={t('learn.addSeries')} size="lg" onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput label={t('learn.firstDate')} type="date" required value={form.firstDate} onChange={(e) => setForm({ ...form, firstDate: e.currentTarget.value })} error={errs.firstDate} />
      <Checkbox.Group label={t('learn.weekdays')} required value={form.weekdays.map(String)} onChange={(v) => setForm({ ...form, weekdays: v.map(Number) })} error={errs.weekdays}>
        <Group mt="xs">
          {names.map((n, i) => (
            <Checkbox key={n} value={String(i + 1)} label={n} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow>
        <NumberInput label={t('learn.count')} min={1} max={200} required value={form.count} onChange={(v) => setForm({ ...form, count: v })} error={errs.count} />
        <TextInput label={t('learn.startTime')} type="time" required value={form.startTime} onChange={(e) => setForm({ ...form, startTime: e.currentTarget.value })} error={errs.startTime} />
        <TextInput label={t('learn.endTime')} type="time" required value={form.endTime} onChange={(e) => setForm({ ...form, endTime: e.currentTarget.value })} error={errs.endTime} />
      </Group>
      <PlaceFields streamId={programme.stream.id} value={form} onChange={(place) => setForm({ ...form, ...place })} errs={errs} />
    </FormModal>
  );
}

/** One occurrence: move it, change the place or the instructor, or delete it (not once attendance is taken). */
function SessionModal({ programme, session, onClose, onDone }: { programme: Programme; session: Programme['sessions'][number]; onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [update, upd] = useMutation(UPDATE_SESSION);
  const [remove, del] = useMutation(DELETE_SESSION);
  const [form, setForm] = useState({
    date: seoulDate(session.startsAt),
    startTime: seoulClock(session.startsAt),
    endTime: seoulClock(session.endsAt),
    venueId: session.venue?.id ?? '',
    onlineUrl: session.onlineUrl ?? '',
    instructorId: session.instructor?.id ?? '',
  });
  const [confirming, setConfirming] = useState(false);
  const error = upd.error ?? del.error;
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    if (!form.date || !form.startTime || !form.endTime) return;
    const r = await update({
      variables: { input: { id: session.id, startsAt: seoulInstant(form.date, form.startTime).toISOString(), endsAt: seoulInstant(form.date, form.endTime).toISOString(), venueId: form.venueId || null, onlineUrl: form.venueId ? null : form.onlineUrl || null, instructorId: form.instructorId || null } },
    }).catch(() => null);
    if (r?.data) onDone(t('learn.sessionSaved'));
  };
  const drop = async () => {
    const r = await remove({ variables: { id: session.id } }).catch(() => null);
    if (r?.data) onDone(t('learn.sessionDeleted'));
  };
  return (
    <FormModal
      title={t('learn.editSession')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={upd.loading}
      footerStart={
        confirming ? (
          <Group gap="xs">
            <Text size="sm">{t('learn.deleteSessionConfirm')}</Text>
            <Button color="red" variant="outline" onClick={() => void drop()} loading={del.loading}>
              {t('learn.deleteSession')}
            </Button>
          </Group>
        ) : (
          <Button color="red" variant="subtle" onClick={() => setConfirming(true)}>
            {t('learn.deleteSession')}
          </Button>
        )
      }
    >
      <TextInput label={t('learn.date')} type="date" required value={form.date} onChange={(e) => setForm({ ...form, date: e.currentTarget.value })} error={errs.startsAt} />
      <Group grow>
        <TextInput label={t('learn.startTime')} type="time" required value={form.startTime} onChange={(e) => setForm({ ...form, startTime: e.currentTarget.value })} />
        <TextInput label={t('learn.endTime')} type="time" required value={form.endTime} onChange={(e) => setForm({ ...form, endTime: e.currentTarget.value })} error={errs.endsAt} />
      </Group>
      <PlaceFields streamId={programme.stream.id} value={form} onChange={(place) => setForm({ ...form, ...place })} errs={errs} />
    </FormModal>
  );
}

/** Where a session happens (a venue, or else an online link) and who teaches it: shared by the series and the single-session forms. */
function PlaceFields({ streamId, value, onChange, errs }: { streamId: string; value: { venueId: string; onlineUrl: string; instructorId: string }; onChange: (v: Partial<{ venueId: string; onlineUrl: string; instructorId: string }>) => void; errs: Record<string, string> }) {
  const { t } = useTranslation();
  const opts = useQuery(VENUES, { variables: { streamId } });
  return (
    <>
      <SelectField label={t('learn.venue')} value={value.venueId} onChange={(v) => onChange({ venueId: v })} data={[{ value: '', label: t('learn.noVenue') }, ...(opts.data?.venues.items ?? []).map((v) => ({ value: v.id, label: v.name }))]} />
      {!value.venueId && <TextInput label={t('learn.onlineUrl')} placeholder="https://" value={value.onlineUrl} onChange={(e) => onChange({ onlineUrl: e.currentTarget.value })} error={errs.onlineUrl ?? errs.venueId} />}
      <SelectField label={t('learn.instructor')} value={value.instructorId} onChange={(v) => onChange({ instructorId: v })} data={[{ value: '', label: t('learn.noInstructor') }, ...(opts.data?.instructors.items ?? []).map((i) => ({ value: i.id, label: `${i.name} (${i.fields.join(', ')})` }))]} />
    </>
  );
}

function RegisterModal({ programmeId, onClose, onDone }: { programmeId: string; onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [register, reg] = useMutation(REGISTER);
  const [enrol, enr] = useMutation(ENROL);
  const [form, setForm] = useState({ name: '', phone: '', birthYear: '' as number | string, gender: '', districtCode: '', given: false, retentionUntil: inYears(3), method: 'WRITTEN' });
  // Once registered, a retry (e.g. after the programme stopped taking enrolments) only enrols: no second registration.
  const [registered, setRegistered] = useState<string | null>(null);
  const error = enr.error ?? reg.error;
  const errs = fieldErrors(error, lang);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const participantId = registered ?? (await registerNew());
    if (!participantId) return;
    setRegistered(participantId);
    const en = await enrol({ variables: { programmeId, participantId } }).catch(() => null);
    if (en?.data) onDone(t('learn.enrolled', { name: form.name, status: label('enrolmentStatus', en.data.enrol.status, lang) }));
  };
  const registerNew = async (): Promise<string | null> => {
    const r = await register({
      variables: {
        input: {
          name: form.name,
          phone: form.phone || null,
          birthYear: Number(form.birthYear) || 0,
          gender: (form.gender || null) as Gender | null,
          districtCode: form.districtCode || null,
          consent: { given: form.given, items: ['NAME', 'BIRTH_YEAR', ...(form.phone ? (['PHONE'] as const) : []), ...(form.gender ? (['GENDER'] as const) : []), ...(form.districtCode ? (['DISTRICT'] as const) : [])], retentionUntil: form.retentionUntil, method: form.method },
        },
      },
    }).catch(() => null);
    return r?.data?.registerParticipant.id ?? null;
  };
  return (
    <Modal opened onClose={onClose} title={t('participants.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, lang, t('common.networkError'))}
            </Alert>
          )}
          <Group grow>
            <TextInput label={t('participants.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={errs.name} />
            <TextInput label={t('participants.phone')} type="tel" inputMode="tel" placeholder="010-0000-0000" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })} error={errs.phone} />
          </Group>
          <Group grow>
            <NumberInput label={t('participants.birthYear')} required min={1900} max={2030} value={form.birthYear} onChange={(v) => setForm({ ...form, birthYear: v })} error={errs.birthYear} />
            <SelectField label={t('participants.gender')} value={form.gender} onChange={(v) => setForm({ ...form, gender: v })} data={[{ value: '', label: t('participants.genderNone') }, ...options('gender', lang)]} />
            <SelectField
              label={t('participants.district')}
              value={form.districtCode}
              onChange={(v) => setForm({ ...form, districtCode: v })}
              data={[{ value: '', label: t('participants.districtNone') }, ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko }))]}
            />
          </Group>
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <Text fw={700} size="sm">
                {t('participants.consentTitle')}
              </Text>
              <Text size="sm">{t('participants.consentText')}</Text>
              <Group grow>
                <TextInput label={t('participants.retentionUntil')} type="date" required value={form.retentionUntil} onChange={(e) => setForm({ ...form, retentionUntil: e.currentTarget.value })} />
                <SelectField label={t('participants.method')} value={form.method} onChange={(v) => setForm({ ...form, method: v })} data={['WRITTEN', 'VERBAL', 'ONLINE'].map((m) => ({ value: m, label: t(`participants.methods.${m}`) }))} />
              </Group>
              <Checkbox label={t('participants.consentGiven')} checked={form.given} onChange={(e) => setForm({ ...form, given: e.currentTarget.checked })} error={errs.consent} />
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reg.loading || enr.loading}>
              {t('participants.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
