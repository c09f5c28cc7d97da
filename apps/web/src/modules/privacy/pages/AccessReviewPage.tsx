import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACCESS_FLAG_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { ACCESS_REVIEW, ACCESS_REVIEW_MONTHS, SIGN_ACCESS_REVIEW } from '../graphql';
import { BulkThreshold } from './BulkThreshold';
import { ReviewTables } from './ReviewTables';
import { OfficerSetting } from './OfficerSetting';

/** A review's month ("2026-11") the way the reader writes it: "2026년 11월" / "November 2026". */
const monthLabel = (month: string, lang: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** The privacy officer's month: flags first, then who read how much and why, the downloads, and the signature. */
export default function AccessReviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [params, setParams] = useSearchParams();
  const months = useQuery(ACCESS_REVIEW_MONTHS);
  // The last ended month by default: the one waiting for a signature.
  const month = params.get('month') ?? months.data?.accessReviewMonths[1]?.month ?? '';
  const review = useQuery(ACCESS_REVIEW, { variables: { month }, skip: !month });
  const [sign, signing] = useMutation(SIGN_ACCESS_REVIEW, { refetchQueries: [ACCESS_REVIEW, ACCESS_REVIEW_MONTHS] });
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>(null);

  if (months.error) return <ErrorAlert error={months.error} onRetry={() => void months.refetch()} />;
  if (!months.data) return <PageLoader />;
  const r = review.data?.accessReview;
  return (
    <Stack>
      <Title order={1}>{t('privacy.title')}</Title>
      <Text c="dimmed">{t('privacy.intro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <SelectField
        label={t('privacy.month')}
        value={month}
        w={{ base: '100%', sm: 360 }}
        data={months.data.accessReviewMonths.map((m) => ({
          value: m.month,
          label: t('privacy.monthOption', {
            month: monthLabel(m.month, lang),
            reads: m.reads,
            state: m.signed ? t('privacy.signed') : t('privacy.unsigned'),
          }),
        }))}
        onChange={(m) => {
          setParams({ month: m }, { replace: true });
          setNote('');
          setTouched(false);
        }}
      />
      {review.error && <ErrorAlert error={review.error} onRetry={() => void review.refetch()} />}
      {!r && review.loading && <PageLoader />}
      {r && (
        <>
          <Paper withBorder p="lg" component="section" aria-labelledby="flags">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="flags">
                {t('privacy.flags')}
              </Title>
              <Text size="sm">{t('privacy.totalReads', { count: r.totalReads })}</Text>
            </Group>
            {r.flags.length === 0 ? (
              <Text c="dimmed">{t('privacy.noFlags')}</Text>
            ) : (
              <List spacing={4}>
                {r.flags.map((f, i) => (
                  <List.Item key={i}>
                    <Badge color="red.9" variant="light" mr="xs" tt="none">
                      {label(ACCESS_FLAG_LABELS, f.kind, lang)}
                    </Badge>
                    {f.name} · {t('privacy.flagCount', { count: f.count })}
                  </List.Item>
                ))}
              </List>
            )}
          </Paper>
          <ReviewTables review={r} />
          <Paper withBorder p="lg" component="section" aria-labelledby="sign">
            <Stack>
              <Title order={2} size="h4" id="sign">
                {t('privacy.signTitle')}
              </Title>
              {r.signOff ? (
                <>
                  <Text fw={600}>
                    {t('privacy.signedBy', { name: r.signOff.signedBy, at: formatSeoulDateTime(r.signOff.signedAt, lang) })}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{r.signOff.note}</Text>
                </>
              ) : !r.ended ? (
                <Alert color="blue" variant="outline">
                  {t('privacy.monthOpen')}
                </Alert>
              ) : (
                <>
                  <Text size="sm">{t('privacy.signIntro')}</Text>
                  {signing.error && (
                    <Alert color="red" variant="outline" role="alert">
                      {errorMessage(signing.error, lang, t('common.networkError'))}
                    </Alert>
                  )}
                  <Textarea
                    label={t('privacy.note')}
                    description={t('privacy.noteHint')}
                    required
                    autosize
                    minRows={3}
                    maxLength={2000}
                    value={note}
                    onChange={(e) => setNote(e.currentTarget.value)}
                    error={touched && !note.trim() ? t('common.required') : undefined}
                  />
                  <Group>
                    <Button
                      onClick={() => {
                        setTouched(true);
                        if (note.trim()) setConfirming(true);
                      }}
                    >
                      {t('privacy.sign')}
                    </Button>
                  </Group>
                </>
              )}
            </Stack>
          </Paper>
        </>
      )}
      <BulkThreshold onSaved={(n) => setNotice({ ok: true, text: t('privacy.thresholdSaved', { n }) })} />
      <OfficerSetting onSaved={() => setNotice({ ok: true, text: t('privacy.officerSaved') })} />
      {confirming && (
        <ConfirmDialog
          title={t('privacy.signConfirmTitle', { month: monthLabel(month, lang) })}
          consequence={t('privacy.signConfirmBody')}
          confirmLabel={t('privacy.sign')}
          danger={false}
          loading={signing.loading}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const ok = await sign({ variables: { month, note: note.trim() } }).catch(() => null);
            setConfirming(false);
            if (ok?.data) setNotice({ ok: true, text: t('privacy.signedNotice', { month: monthLabel(month, lang) }) });
          }}
        />
      )}
    </Stack>
  );
}
