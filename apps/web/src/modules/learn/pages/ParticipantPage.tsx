import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  BUSAN_DISTRICTS,
  Permission,
  ACCESS_PURPOSE_LABELS,
  CONSENT_PURPOSE_LABELS,
  ENROLMENT_STATUS_LABELS,
  GENDER_LABELS,
  PERSONAL_FIELD_LABELS,
} from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';
import { Notice } from '../../../components/Notice';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { useViewer } from '../../auth';
import { PageLoader } from '../../../components/PageLoader';
import { ParticipantActions } from '../components/ParticipantActions';
import { DETAIL, ACCESS_LOG, WITHDRAW } from '../graphql/participants';
import { STATUS_COLORS, dateOf, programmeTitle } from '../labels';
import { label } from '../../../components/labels';
import { calendarDay } from '../../../components/dates';
import { Trail } from '../../../components/Trail';

/** One participant: personal data (each view is logged), consents with withdrawal, enrolments, and who read the data. */
export default function ParticipantPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(DETAIL, { variables: { id } });
  const canAudit = !!viewer?.permissions.includes(Permission.AuditRead);
  const log = useQuery(ACCESS_LOG, { variables: { id }, skip: !canAudit, fetchPolicy: 'network-only' });
  const [withdraw, w] = useMutation(WITHDRAW);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const p = data?.participant;
  if (!p && loading) return <PageLoader />;
  if (error && !p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!p) return null;
  const district = BUSAN_DISTRICTS.find((d) => d.code === p.personal?.districtCode);
  return (
    <Stack>
      <Trail items={[{ to: '/participants', label: t('people.title') }]} />
      <Title order={1}>
        {p.personal?.name ?? t('people.hidden')}{' '}
        <Text span ff="monospace" c="dimmed" size="lg">
          {p.pseudonymKey}
        </Text>
      </Title>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <ParticipantActions
        person={p}
        onDone={(text) => {
          setNotice(text);
          void refetch();
        }}
      />
      {w.error && (
        <Alert color="red" variant="outline" role="alert">
          {errorMessage(w.error, lang, t('common.networkError'))}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('people.personal')}
        </Title>
        {p.personal ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl">
            <DetailField label={t('participants.name')} value={p.personal.name ?? '—'} />
            <DetailField label={t('participants.phone')} value={p.personal.phone ?? '—'} />
            <DetailField label={t('participants.birthYear')} value={p.personal.birthYear ?? '—'} />
            <DetailField label={t('participants.gender')} value={p.personal.gender ? label(GENDER_LABELS, p.personal.gender, lang) : '—'} />
            <DetailField label={t('participants.district')} value={district ? (lang === 'en' ? district.en : district.ko) : '—'} />
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('people.hiddenWhy')}</Text>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('people.logged')}
        </Text>
        <Anchor
          component={Link}
          to={`/privacy-requests?participant=${p.id}`}
          underline="always"
          size="sm"
          mih={44}
          display="inline-flex"
          style={{ alignItems: 'center' }}
        >
          {t('people.recordRequest')}
        </Anchor>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('people.consents')}
        </Title>
        {!p.consents?.length ? (
          <Text c="dimmed">{t('people.noConsents')}</Text>
        ) : (
          <DataTable minWidth={640} caption={t('people.consents')}>
            <thead>
              <tr>
                <th scope="col">{t('people.purpose')}</th>
                <th scope="col">{t('people.items')}</th>
                <th scope="col">{t('people.givenAt')}</th>
                <th scope="col">{t('participants.retentionUntil')}</th>
                <th scope="col">{t('people.consent')}</th>
              </tr>
            </thead>
            <tbody>
              {p.consents.map((c) => (
                <tr key={c.id}>
                  <td>{label(CONSENT_PURPOSE_LABELS, c.purpose, lang)}</td>
                  <td>{c.items.map((i) => label(PERSONAL_FIELD_LABELS, i, lang)).join(', ')}</td>
                  <td>{dateOf(c.givenAt, lang)}</td>
                  <td>{calendarDay(c.retentionUntil, lang)}</td>
                  <td>
                    {c.withdrawnAt ? (
                      <Badge variant="outline" color="red.8">
                        {t('people.withdrawnOn', { date: dateOf(c.withdrawnAt, lang) })}
                      </Badge>
                    ) : confirming === c.id ? (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          color="red"
                          variant="outline"
                          loading={w.loading}
                          onClick={() =>
                            void withdraw({ variables: { id: c.id } })
                              .then(() => {
                                setConfirming(null);
                                setNotice(t('people.withdrawn'));
                                return refetch();
                              })
                              .catch(() => null)
                          }
                        >
                          {t('people.confirmWithdraw')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                          {t('common.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => setConfirming(c.id)}>
                        {t('people.withdraw')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('people.enrolments')}
        </Title>
        {!p.enrolments?.length ? (
          <Text c="dimmed">{t('people.noEnrolments')}</Text>
        ) : (
          <DataTable minWidth={560} caption={t('people.enrolments')}>
            <thead>
              <tr>
                <th scope="col">{t('learn.programme')}</th>
                <th scope="col">{t('learn.enrolmentStatus')}</th>
                <th scope="col">{t('learn.attendanceRate')}</th>
              </tr>
            </thead>
            <tbody>
              {p.enrolments.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Anchor component={Link} to={`/programmes/${e.programme.id}`}>
                      {programmeTitle(e.programme, lang)}
                    </Anchor>
                  </td>
                  <td>
                    <Badge variant="outline" color={STATUS_COLORS[e.status] ?? 'gray.8'}>
                      {label(ENROLMENT_STATUS_LABELS, e.status, lang)}
                    </Badge>
                  </td>
                  <td>
                    {e.attendance.attended}/{e.attendance.held}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      {canAudit && (
        <Paper withBorder p="lg">
          <Title order={2} size="h3" mb="sm">
            {t('people.accessLog')}
          </Title>
          {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
          {log.data && (
            <DataTable minWidth={560} caption={t('people.accessLog')}>
              <thead>
                <tr>
                  <th scope="col">{t('people.when')}</th>
                  <th scope="col">{t('people.items')}</th>
                  <th scope="col">{t('people.why')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.participantAccessLog.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', {
                        timeZone: 'Asia/Seoul',
                        dateStyle: 'short',
                        timeStyle: 'short',
                      }).format(new Date(a.occurredAt))}
                    </td>
                    <td>{a.fields.map((f) => label(PERSONAL_FIELD_LABELS, f, lang)).join(', ')}</td>
                    <td title={a.purpose}>{label(ACCESS_PURPOSE_LABELS, a.purpose, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </Paper>
      )}
    </Stack>
  );
}
