import { useState } from 'react';
import { Badge, Button, Code, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ENROLMENT_STATUS_LABELS, formatSeoulDateTime, type EnrolmentStatus } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { label } from '../../../components/labels';
import { DECIDE_APPLICATION, DRAW_APPLICATIONS, PROGRAMME_APPLICATIONS } from '../graphql/applications';

/** Applications made on the public door: the host's list, the lottery's draw, the review's decisions. */
export function ApplicationsPanel({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('catalogue');
  const shell = useTranslation().t;
  const lang = i18n.language;
  const { data, error, refetch, loading } = useQuery(PROGRAMME_APPLICATIONS, { variables: { id: programmeId } });
  const [draw, drawing] = useMutation(DRAW_APPLICATIONS);
  const [decide, deciding] = useMutation(DECIDE_APPLICATION);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [confirmDraw, setConfirmDraw] = useState(false);
  const [declining, setDeclining] = useState<{ id: string; number: number } | null>(null);
  const [reason, setReason] = useState('');
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const p = data?.programme;
  if (!p?.applications || !p.offer?.published) return null;
  const apps = p.applications;
  const selection = p.offer.selection;
  const closed = !!p.offer.applyUntil && new Date(p.offer.applyUntil).getTime() <= Date.now();
  const fail = (err: unknown) => setNotice({ ok: false, text: errorMessage(err, lang, shell('common.networkError')) });
  const runDraw = async () => {
    const r = await draw({ variables: { id: programmeId } }).catch((e: unknown) => (fail(e), null));
    setConfirmDraw(false);
    if (r?.data) {
      setNotice({ ok: true, text: t('applications.drawn') });
      void refetch();
    }
  };
  const accept = async (id: string) => {
    const r = await decide({ variables: { id, accept: true } }).catch((e: unknown) => (fail(e), null));
    if (r?.data) {
      setNotice({ ok: true, text: t('applications.accepted') });
      void refetch();
    }
  };
  const decline = async () => {
    if (!declining) return;
    const r = await decide({ variables: { id: declining.id, accept: false, reason } }).catch(() => null);
    if (r?.data) {
      setDeclining(null);
      setReason('');
      setNotice({ ok: true, text: t('applications.declined') });
      void refetch();
    }
  };
  const status = (a: (typeof apps)[number]) =>
    a.enrolmentStatus ? label(ENROLMENT_STATUS_LABELS, a.enrolmentStatus as EnrolmentStatus, lang) : t(`applications.status.${a.status}`);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('applications.title')}{' '}
          <Badge variant="outline" color="gray.8" tt="none">
            {t('applications.count', { count: apps.length })}
          </Badge>
        </Title>
        <Text size="sm">{t(`applications.intro.${selection}`)}</Text>
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {p.draw && (
          <Text size="sm">
            {p.draw.drawnAt ? t('applications.seedRevealed') : t('applications.seedHash')}{' '}
            <Code style={{ wordBreak: 'break-all' }}>{p.draw.seed ?? p.draw.seedHash}</Code>
          </Text>
        )}
        {selection === 'LOTTERY' && p.canRun && !p.draw?.drawnAt && (
          <Group>
            <Button onClick={() => setConfirmDraw(true)} disabled={!closed || apps.length === 0}>
              {t('applications.draw')}
            </Button>
            {!closed && <Text size="sm">{t('applications.drawAfterClose')}</Text>}
          </Group>
        )}
        {apps.length === 0 ? (
          <Text c="dimmed">{t('applications.none')}</Text>
        ) : (
          <DataTable minWidth={640} caption={t('applications.title')} busy={loading}>
            <thead>
              <tr>
                <th scope="col">{t('applications.number')}</th>
                <th scope="col">{t('applications.participant')}</th>
                <th scope="col">{t('applications.statusLabel')}</th>
                <th scope="col">{t('applications.appliedAt')}</th>
                <th scope="col">
                  <span className="lal-visually-hidden">{t('applications.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {apps.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.number}
                    {a.drawRank !== null && <Text size="xs">{t('applications.rank', { rank: a.drawRank })}</Text>}
                  </td>
                  <td>
                    {a.participantKey}
                    {a.resident && <Text size="xs">{t('applications.resident')}</Text>}
                  </td>
                  <td>
                    {status(a)}
                    {a.reason && <Text size="xs">{a.reason}</Text>}
                  </td>
                  <td>{formatSeoulDateTime(a.createdAt, lang === 'en' ? 'en' : 'ko')}</td>
                  <td>
                    {selection === 'REVIEW' && p.canRun && a.status === 'PENDING' && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="compact-md" onClick={() => void accept(a.id)} loading={deciding.loading}>
                          {t('applications.accept')}
                        </Button>
                        <Button size="compact-md" variant="default" onClick={() => setDeclining({ id: a.id, number: a.number })}>
                          {t('applications.decline')}
                        </Button>
                      </Group>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Stack>
      {confirmDraw && (
        <ConfirmDialog
          title={t('applications.drawTitle')}
          consequence={t('applications.drawConsequence', { count: apps.filter((a) => a.status === 'PENDING').length })}
          confirmLabel={t('applications.draw')}
          danger={false}
          loading={drawing.loading}
          onConfirm={runDraw}
          onClose={() => setConfirmDraw(false)}
        />
      )}
      {declining && (
        <FormModal
          title={t('applications.declineTitle', { number: declining.number })}
          onClose={() => setDeclining(null)}
          onSubmit={decline}
          error={deciding.error}
          loading={deciding.loading}
          submitLabel={t('applications.decline')}
          danger
        >
          <Textarea
            label={t('applications.reason')}
            description={t('applications.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={300}
            autosize
            minRows={2}
            required
            error={fieldErrors(deciding.error, lang).reason}
          />
        </FormModal>
      )}
    </Paper>
  );
}
