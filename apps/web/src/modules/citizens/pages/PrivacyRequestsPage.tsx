import { useState } from 'react';
import { Anchor, Badge, Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  PRIVACY_REQUEST_CHANNEL_LABELS,
  PRIVACY_REQUEST_KIND_LABELS,
  PRIVACY_REQUEST_STATUS_LABELS,
  formatSeoulDateTime,
} from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import type { PrivacyRequestsQuery } from '../../../gql/graphql';
import { PRIVACY_REQUESTS } from '../graphql';
import { AnswerDialog } from './AnswerDialog';
import { RecordDialog } from './RecordDialog';

export type RequestRow = PrivacyRequestsQuery['privacyRequests'][number];

/** The deadline in days, as the staff read it: 오늘까지, D-3, 2일 지남. */
function Deadline({ r }: { r: RequestRow }) {
  const { t } = useTranslation();
  if (r.status !== 'PENDING') return null;
  const color = r.daysLeft < 0 ? 'red.9' : r.daysLeft <= 3 ? 'orange.9' : 'gray.8';
  const text =
    r.daysLeft < 0 ? t('citizens.overdue', { days: -r.daysLeft }) : r.daysLeft === 0 ? t('citizens.dueToday') : `D-${r.daysLeft}`;
  return (
    <Badge variant={r.daysLeft <= 3 ? 'filled' : 'outline'} color={color} tt="none">
      {text}
    </Badge>
  );
}

/**
 * Requests to see, correct, delete or stop (개인정보 보호법 제35–37조) that reach this organization: open ones first by
 * their deadline (10 days), each answered here — done, partly or refused with its legal basis — and told to the person.
 */
export default function PrivacyRequestsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<'open' | 'all'>('open');
  const { data, loading, error, refetch } = useQuery(PRIVACY_REQUESTS, {
    variables: { open: view === 'open' },
    fetchPolicy: 'cache-and-network',
  });
  const [answering, setAnswering] = useState<RequestRow | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const recordFor = params.get('participant');
  const [recording, setRecording] = useState(false);

  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const rows = data?.privacyRequests;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t('citizens.title')}</Title>
        <Button variant="default" onClick={() => setRecording(true)}>
          {t('citizens.record')}
        </Button>
      </Group>
      <Text c="dimmed">{t('citizens.intro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <SegmentedControl
        value={view}
        onChange={(v) => setView(v as 'open' | 'all')}
        data={[
          { value: 'open', label: t('citizens.open') },
          { value: 'all', label: t('citizens.all') },
        ]}
        aria-label={t('citizens.view')}
        w="fit-content"
      />
      {!rows && loading && <PageLoader />}
      {rows && rows.length === 0 && <Text c="dimmed">{view === 'open' ? t('citizens.noneOpen') : t('citizens.none')}</Text>}
      {rows && rows.length > 0 && (
        <DataTable minWidth={860} stack caption={t('citizens.title')}>
          <thead>
            <tr>
              <th scope="col">{t('citizens.number')}</th>
              <th scope="col">{t('citizens.kind')}</th>
              <th scope="col">{t('citizens.received')}</th>
              <th scope="col">{t('citizens.due')}</th>
              <th scope="col">{t('citizens.person')}</th>
              <th scope="col">{t('citizens.detail')}</th>
              <th scope="col">{t('citizens.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td data-label={t('citizens.number')}>{r.number}</td>
                <td data-label={t('citizens.kind')}>
                  <Text fw={700}>{label(PRIVACY_REQUEST_KIND_LABELS, r.kind, lang)}</Text>
                  <Text size="xs" c="dimmed">
                    {label(PRIVACY_REQUEST_CHANNEL_LABELS, r.channel, lang)}
                  </Text>
                </td>
                <td data-label={t('citizens.received')}>{formatSeoulDateTime(r.receivedAt, lang)}</td>
                <td data-label={t('citizens.due')}>
                  <Group gap={6}>
                    {calendarDay(r.dueOn, lang)} <Deadline r={r} />
                  </Group>
                </td>
                <td data-label={t('citizens.person')}>
                  <Anchor component={Link} to={`/participants/${r.participantId}`} underline="always">
                    {r.pseudonymKey}
                  </Anchor>
                </td>
                <td data-label={t('citizens.detail')}>{r.detail ?? '—'}</td>
                <td data-label={t('citizens.status')}>
                  {r.status === 'PENDING' ? (
                    <Button size="sm" onClick={() => setAnswering(r)}>
                      {t('citizens.answer')}
                    </Button>
                  ) : (
                    <Stack gap={2}>
                      <Text fw={700}>{label(PRIVACY_REQUEST_STATUS_LABELS, r.status, lang)}</Text>
                      {r.answer && <Text size="sm">{r.answer}</Text>}
                      {r.legalBasis && (
                        <Text size="xs" c="dimmed">
                          {t('citizens.basisShown', { basis: r.legalBasis })}
                        </Text>
                      )}
                    </Stack>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {answering && (
        <AnswerDialog
          request={answering}
          onClose={() => setAnswering(null)}
          onDone={(text) => {
            setAnswering(null);
            setNotice({ ok: true, text });
            void refetch();
          }}
        />
      )}
      {(recording || recordFor) && (
        <RecordDialog
          participantId={recordFor}
          onClose={() => {
            setRecording(false);
            if (recordFor) setParams({}, { replace: true });
          }}
          onDone={(text) => {
            setRecording(false);
            if (recordFor) setParams({}, { replace: true });
            setNotice({ ok: true, text });
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}
