import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORY_LABELS, FUNDING_SOURCE_LABELS, formatSeoulDateTime, formatWon, seoulDate } from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { OPEN_NEXT_YEAR, STREAM_CLOSING } from '../graphql/closing';
import type { NoticeState, Stream } from '../graphql/stream';
import { CloseYearModal } from './CloseYearModal';
import { CorrectLineModal } from './CorrectLineModal';

/**
 * The year's end on the stream page: the lead's admins close it once its period has ended (settlement, frozen figures,
 * the result report kept); everyone who sees the stream then reads what was frozen, settled and corrected since.
 */
export function YearClosing({ stream, setNotice }: { stream: Stream; setNotice: (n: NoticeState) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [closing, setClosing] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(STREAM_CLOSING, { variables: { id: stream.id } });
  const [openNext, opening] = useMutation(OPEN_NEXT_YEAR, { refetchQueries: ['FundingStreams'] });
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const s = data?.fundingStream;
  if (!s) return null;
  const c = s.closing;
  const ended = seoulDate() > s.periodEnd;
  const base = s.code.replace(/-\d{4}$/, '');
  const next = data.fundingStreams.find((x) => x.fiscalYear === s.fiscalYear + 1 && x.code.replace(/-\d{4}$/, '') === base);
  if (!c && !s.canManage && !next) return null;
  const kpiName = (code: string) => {
    const k = data.kpiDictionary.find((d) => d.code === code);
    return k ? (lang === 'en' ? k.nameEn : k.nameKo) : code;
  };
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="closing-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="closing-title">
          {t('funding.closing.title', { year: s.fiscalYear })}
        </Title>
        {!c && s.canManage && ended && (
          <Button color="red" variant="outline" onClick={() => setClosing(true)}>
            {t('funding.closing.close')}
          </Button>
        )}
        <Group gap="xs">
          {c && s.canManage && stream.budgetLines.length > 0 && (
            <Button variant="default" onClick={() => setCorrecting(true)}>
              {t('funding.closing.correct')}
            </Button>
          )}
          {next ? (
            <Button component={Link} to={`/funding/${next.id}`} variant="default">
              {t('funding.closing.seeNext', { year: s.fiscalYear + 1 })}
            </Button>
          ) : (
            s.canManage && (
              <Button
                loading={opening.loading}
                onClick={async () => {
                  const r = await openNext({ variables: { id: stream.id } }).catch(() => null);
                  if (r?.data) void navigate(`/funding/${r.data.openNextStreamYear.id}`);
                }}
              >
                {t('funding.closing.openNext', { year: s.fiscalYear + 1 })}
              </Button>
            )
          )}
        </Group>
      </Group>
      {opening.error && <ErrorAlert error={opening.error} />}
      {!c && <Text c="dimmed">{ended ? t('funding.closing.ready') : t('funding.closing.notYet', { end: s.periodEnd })}</Text>}
      {c && (
        <Stack>
          <Text>
            {t('funding.closing.closed', { at: formatSeoulDateTime(c.closedAt, lang), by: c.closedBy ?? '—' })}
            {c.note ? ` — ${c.note}` : ''}
          </Text>
          <Title order={3} size="h5">
            {t('funding.closing.settlement')}
          </Title>
          <DataTable minWidth={720} stack>
            <thead>
              <tr>
                <th scope="col">{t('funding.source')}</th>
                <th scope="col" className="lal-num">
                  {t('funding.planned')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.executed')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.closing.returnedShort')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.closing.carriedShort')}
                </th>
                <th scope="col">{t('funding.closing.reasonShort')}</th>
              </tr>
            </thead>
            <tbody>
              {c.settlement.map((r) => (
                <tr key={r.source}>
                  <td data-label={t('funding.source')}>{label(FUNDING_SOURCE_LABELS, r.source, lang)}</td>
                  <td data-label={t('funding.planned')} className="lal-num">
                    {formatWon(r.planned)}
                  </td>
                  <td data-label={t('funding.executed')} className="lal-num">
                    {formatWon(r.executed)}
                  </td>
                  <td data-label={t('funding.closing.returnedShort')} className="lal-num">
                    {formatWon(r.returned)}
                  </td>
                  <td data-label={t('funding.closing.carriedShort')} className="lal-num">
                    {formatWon(r.carriedOver)}
                  </td>
                  <td data-label={t('funding.closing.reasonShort')}>{r.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Title order={3} size="h5">
            {t('funding.closing.frozenBudget')}
          </Title>
          <DataTable minWidth={560} stack>
            <thead>
              <tr>
                <th scope="col">{t('funding.categoryLabel')}</th>
                <th scope="col">{t('funding.source')}</th>
                <th scope="col" className="lal-num">
                  {t('funding.planned')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.executed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {c.budget.map((r) => (
                <tr key={`${r.category}:${r.source}`}>
                  <td data-label={t('funding.categoryLabel')}>{label(BUDGET_CATEGORY_LABELS, r.category, lang)}</td>
                  <td data-label={t('funding.source')}>{label(FUNDING_SOURCE_LABELS, r.source, lang)}</td>
                  <td data-label={t('funding.planned')} className="lal-num">
                    {formatWon(r.planned)}
                  </td>
                  <td data-label={t('funding.executed')} className="lal-num">
                    {formatWon(r.executed)}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Title order={3} size="h5">
            {t('funding.closing.frozenKpis')}
          </Title>
          <DataTable minWidth={480} stack>
            <thead>
              <tr>
                <th scope="col">{t('funding.closing.kpi')}</th>
                <th scope="col" className="lal-num">
                  {t('funding.closing.actual')}
                </th>
                <th scope="col" className="lal-num">
                  {t('funding.closing.target')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.frozenKpis.map((k) => (
                <tr key={k.code}>
                  <td data-label={t('funding.closing.kpi')}>{kpiName(k.code)}</td>
                  <td data-label={t('funding.closing.actual')} className="lal-num">
                    {k.suppressed ? t('funding.closing.suppressed') : (k.actual?.toLocaleString('ko-KR') ?? '—')}
                  </td>
                  <td data-label={t('funding.closing.target')} className="lal-num">
                    {k.target?.toLocaleString('ko-KR') ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          <Title order={3} size="h5">
            {t('funding.closing.corrections')}
          </Title>
          {c.corrections.length === 0 ? (
            <Text c="dimmed">{t('funding.closing.noCorrections')}</Text>
          ) : (
            <Stack gap={4} component="ul" m={0} pl="md">
              {c.corrections.map((k) => (
                <Text component="li" key={`${k.entityId}:${String(k.at)}`}>
                  {formatSeoulDateTime(k.at, lang)} · {k.by ?? '—'} · {k.reason}
                </Text>
              ))}
            </Stack>
          )}
        </Stack>
      )}
      {closing && (
        <CloseYearModal
          streamId={stream.id}
          year={s.fiscalYear}
          onClose={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            setNotice({ ok: true, text: t('funding.closing.done', { year: s.fiscalYear }) });
          }}
        />
      )}
      {correcting && (
        <CorrectLineModal
          stream={stream}
          onClose={() => setCorrecting(false)}
          onDone={() => {
            setCorrecting(false);
            setNotice({ ok: true, text: t('funding.closing.corrected') });
          }}
        />
      )}
    </Paper>
  );
}
