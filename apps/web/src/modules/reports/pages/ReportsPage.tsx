import { useState } from 'react';
import { Badge, Button, Group, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REPORT_KIND_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import { DocumentsPanel } from '../../documents';
import { ErrorAlert, errorCode, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { SelectField } from '../../../components/SelectField';
import { label, options } from '../../../components/labels';
import { streamLabel } from '../../../components/names';
import type { ReportKind } from '../../../gql/graphql';
import { REPORT_RUNS, REPORT_STREAMS, REQUEST_REPORT } from '../graphql/reports';

/** A stream's reports: ask for one (the lead's admins), watch its progress, download its files. */
export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const streams = useQuery(REPORT_STREAMS);
  const list = (streams.data?.fundingStreams ?? []).filter((s) => s.myRole === 'LEAD' || !s.myRole);
  const streamId = params.get('stream') ?? list[0]?.id ?? '';
  const stream = list.find((s) => s.id === streamId);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<ReportKind>('RESULT');
  const [narrative, setNarrative] = useState('');
  const [notice, setNotice] = useState<NoticeValue>(null);
  const runs = useQuery(REPORT_RUNS, { variables: { streamId }, skip: !stream });
  const busy = runs.data?.reportRuns.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
  // While one is being made, the list is asked again every second (the bar moves with the server's progress).
  const polled = useQuery(REPORT_RUNS, {
    variables: { streamId },
    skip: !stream || !busy,
    pollInterval: 1000,
    fetchPolicy: 'network-only',
  });
  const shown = (busy ? polled.data : undefined) ?? runs.data;
  const [request, requesting] = useMutation(REQUEST_REPORT);
  if (streams.error) return <ErrorAlert error={streams.error} onRetry={() => void streams.refetch()} />;
  if (!streams.data) return <PageLoader />;
  if (!stream) return <Text>{t('reports.notAllowed')}</Text>;
  const y = year ?? stream.fiscalYear;
  return (
    <Stack>
      <Title order={1}>{t('reports.title')}</Title>
      <Text c="dimmed">{t('reports.intro')}</Text>
      <SelectField
        label={t('reports.stream')}
        value={streamId}
        data={list.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
        onChange={(v) => setParams({ stream: v }, { replace: true })}
      />
      {stream.canManage && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group gap="sm" wrap="wrap" align="end">
              <SelectField
                label={t('reports.year')}
                value={String(y)}
                data={[y + 1, stream.fiscalYear, y - 1]
                  .filter((v, i, a) => a.indexOf(v) === i)
                  .map((v) => ({ value: String(v), label: String(v) }))}
                onChange={(v) => setYear(Number(v))}
              />
              <SelectField
                label={t('reports.kind')}
                value={kind}
                data={options(REPORT_KIND_LABELS, lang)}
                onChange={(v) => setKind(v as ReportKind)}
              />
            </Group>
            {kind === 'RESULT' && (
              <Textarea
                label={t('reports.narrative')}
                description={t('reports.narrativeHelp')}
                value={narrative}
                maxLength={20000}
                autosize
                minRows={4}
                maxRows={14}
                onChange={(e) => setNarrative(e.currentTarget.value)}
              />
            )}
            <Group>
              <Button
                loading={requesting.loading}
                onClick={async () => {
                  try {
                    await request({
                      variables: { input: { streamId, year: y, kind, narrative: kind === 'RESULT' ? narrative.trim() || null : null } },
                    });
                    await runs.refetch();
                    setNotice({ ok: true, text: t('reports.requested') });
                  } catch (err) {
                    setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
                  }
                }}
              >
                {t('reports.generate')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <Title order={2} size="h3">
        {t('reports.runs')}
      </Title>
      {runs.error &&
        (errorCode(runs.error) === 'REPORT_NOT_FOUND' ? (
          <Text>{t('reports.notAllowed')}</Text>
        ) : (
          <ErrorAlert error={runs.error} onRetry={() => void runs.refetch()} />
        ))}
      {shown && shown.reportRuns.length === 0 && <Text c="dimmed">{t('reports.none')}</Text>}
      {shown?.reportRuns.map((r) => (
        <Paper key={r.id} withBorder p="md">
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap">
              <Text fw={600}>
                {r.year} {label(REPORT_KIND_LABELS, r.kind, lang)}
              </Text>
              <Badge variant="outline" color={r.status === 'DONE' ? 'green.8' : r.status === 'FAILED' ? 'red.8' : 'krds.7'} tt="none">
                {t(`reports.status_${r.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {t('reports.requestedAt')} {formatSeoulDateTime(r.createdAt, lang === 'en' ? 'en' : 'ko')}
            </Text>
            {(r.status === 'QUEUED' || r.status === 'RUNNING') && (
              <>
                <Progress value={r.progress} animated aria-label={t('reports.progress', { n: r.progress })} />
                <Text size="sm" aria-live="polite">
                  {t('reports.progress', { n: r.progress })}
                </Text>
              </>
            )}
            {r.status === 'FAILED' && <Text c="red.8">{t('reports.failed')}</Text>}
            {r.status === 'DONE' && <DocumentsPanel recordType="REPORT" recordId={r.id} canUpload={false} />}
          </Stack>
        </Paper>
      ))}
      <Notice notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
