import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_ENROLLABLE, Permission, canChangeEnrolment, AGE_BAND_LABELS, ENROLMENT_STATUS_LABELS } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { DataTable } from '../../../components/DataTable';
import { errorMessage } from '../../../components/ErrorAlert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { STATUS_COLORS } from '../labels';
import { label } from '../../../components/labels';
import { DROP, EVALUATE, type Programme } from '../graphql/programme';
import { RegisterModal } from './RegisterModal';
import { RosterDownload } from './RosterDownload';
import { countText } from '../../../components/counts';

/** The roster: who holds a seat, their attendance and certificates; register-and-enrol, drops, files, the completion rule. */
export function RosterPanel({
  programme: p,
  onReport,
  onChanged,
}: {
  programme: Programme;
  onReport: (ok: boolean, text: string) => void;
  onChanged: () => unknown;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [registerOpen, setRegisterOpen] = useState(false);
  const [drop, dropping] = useMutation(DROP);
  const [dropFor, setDropFor] = useState<{ id: string; name: string } | null>(null);
  const [evaluate] = useMutation(EVALUATE);
  const failed = (err: unknown) => onReport(false, errorMessage(err, lang, t('common.networkError')));
  const { viewer } = useViewer();
  // Only what the caller can do is offered: registering needs the participant permission and a seat at the table (a
  // ministry reads counts; its roster is null).
  const canRegister =
    PROGRAMME_ENROLLABLE.includes(p.status) && !!p.enrolments && !!viewer?.permissions.includes(Permission.ParticipantManage);
  const c = p.enrolmentCounts;
  const counts = t('learn.rosterCounts', {
    enrolled: countText(c.enrolled, t),
    waitlisted: countText(c.waitlisted, t),
    applied: countText(c.applied, t),
    completed: countText(c.completed, t),
    notCompleted: countText(c.notCompleted, t),
    dropped: countText(c.dropped, t),
  });
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('learn.roster')}
        </Title>
        <Group>
          {p.canRun && (p.status === 'RUNNING' || p.status === 'COMPLETED') && (
            <Button
              variant="default"
              onClick={() =>
                void evaluate({ variables: { programmeId: p.id } })
                  .then((r) => {
                    onReport(true, t('learn.evaluated', { count: r.data!.evaluateCompletion }));
                    return onChanged();
                  })
                  .catch(failed)
              }
            >
              {t('learn.evaluate')}
            </Button>
          )}
          {p.enrolments && <RosterDownload programmeId={p.id} people={p.enrolments.totalCount} />}
          {p.canTakeAttendance && (
            <Button component={Link} to={`/programmes/${p.id}/import`} variant="default">
              {t('learn.importFile')}
            </Button>
          )}
          {canRegister && <Button onClick={() => setRegisterOpen(true)}>{t('learn.registerAndEnrol')}</Button>}
        </Group>
      </Group>
      {/* The programme's counts (every organization's enrolments), then what this caller may see of the roster. */}
      <Text fw={600} mb={4}>
        {counts}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {!p.enrolments
          ? t('learn.rosterHidden')
          : p.canRun
            ? t('learn.readOnlyPersonal')
            : t('learn.rosterOwnOnly', { shown: p.enrolments.totalCount })}
      </Text>
      {!p.enrolments ? null : p.enrolments.totalCount === 0 ? (
        <Text c="dimmed">{p.canRun ? t('learn.noRoster') : t('learn.noOwnRoster')}</Text>
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
                    {e.participant.pseudonymKey} · {label(AGE_BAND_LABELS, e.ageBand, lang)}
                  </Text>
                </td>
                <td>
                  <Badge variant="outline" color={STATUS_COLORS[e.status] ?? 'gray.8'}>
                    {label(ENROLMENT_STATUS_LABELS, e.status, lang)}
                  </Badge>
                </td>
                <td>
                  {e.attendance.attended}/{e.attendance.held} ({e.attendance.rate}%)
                </td>
                <td>{t('learn.hoursValue', { hours: e.attendance.hours })}</td>
                <td>
                  {e.certificate ? (
                    <>
                      <Anchor component={Link} to={`/verify/${e.certificate.code}`}>
                        {e.certificate.code}
                      </Anchor>
                      {e.participant.heldByMe && (
                        <>
                          {' · '}
                          <Anchor component={Link} to={`/certificates/${e.certificate.code}/print`}>
                            {t('print.print')}
                            <span className="lal-visually-hidden"> ({e.participant.personal?.name ?? e.participant.pseudonymKey})</span>
                          </Anchor>
                        </>
                      )}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {(e.participant.heldByMe || p.canRun) && canChangeEnrolment(e.status, 'DROPPED') && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setDropFor({ id: e.id, name: e.participant.personal?.name ?? e.participant.pseudonymKey })}
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
      {registerOpen && (
        <RegisterModal
          programmeId={p.id}
          onClose={() => setRegisterOpen(false)}
          onDone={(text) => {
            setRegisterOpen(false);
            onReport(true, text);
            void onChanged();
          }}
        />
      )}
      {dropFor && (
        <ConfirmDialog
          title={t('learn.confirm.drop.title')}
          consequence={t('learn.confirm.drop.body', { name: dropFor.name })}
          confirmLabel={t('learn.drop')}
          loading={dropping.loading}
          onClose={() => setDropFor(null)}
          onConfirm={() =>
            drop({ variables: { id: dropFor.id } })
              .then(() => {
                setDropFor(null);
                onReport(true, t('learn.dropped'));
                return onChanged();
              })
              .catch((err: unknown) => {
                setDropFor(null);
                failed(err);
              })
          }
        />
      )}
    </Paper>
  );
}
