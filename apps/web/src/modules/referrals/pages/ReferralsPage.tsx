import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, REFERRAL_STATUS_LABELS, seoulDate, type ReferralStatus } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { SelectField } from '../../../components/SelectField';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { BOX } from '../graphql/referrals';
import { ReferralFunnel } from '../components/ReferralFunnel';
import { STATUS_COLOR, itemsOf, reasonOf } from '../labels';

const PAGE = 20;

/** The organization's referrals: received (to decide and act on) and sent (to follow), as cards that read on a phone. */
export default function ReferralsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [box, setBox] = useState<'INBOX' | 'OUTBOX'>('INBOX');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(BOX, {
    variables: { box, status: (status || null) as ReferralStatus | null, offset: (page - 1) * PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('referrals.title')}</Title>
        <Button component={Link} to="/referrals/new">
          {t('referrals.new')}
        </Button>
      </Group>
      <Text c="dimmed">{t('referrals.intro')}</Text>
      <ReferralFunnel side={box === 'OUTBOX' ? 'SENT' : 'RECEIVED'} />
      <Group wrap="wrap" align="flex-end">
        <SegmentedControl
          value={box}
          onChange={(v) => {
            setBox(v as 'INBOX' | 'OUTBOX');
            setPage(1);
          }}
          data={[
            { value: 'INBOX', label: t('referrals.inbox') },
            { value: 'OUTBOX', label: t('referrals.outbox') },
          ]}
          aria-label={t('referrals.title')}
        />
        <SelectField
          label={t('referrals.status')}
          value={status}
          onChange={(v) => {
            setStatus(v);
            setPage(1);
          }}
          data={[
            { value: '', label: t('referrals.allStatuses') },
            ...REFERRAL_STATUSES.map((s) => ({ value: s, label: label(REFERRAL_STATUS_LABELS, s, lang) })),
          ]}
          w={180}
        />
      </Group>
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.referrals.totalCount === 0 && <Text c="dimmed">{t('referrals.empty')}</Text>}
      <Stack gap="xs" aria-busy={loading || undefined}>
        {shown?.referrals.items.map((r) => (
          <Paper key={r.id} withBorder p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Anchor component={Link} to={`/referrals/${r.id}`} fw={600}>
                  {reasonOf(r.reason, lang)} ·{' '}
                  <Text span ff="monospace" inherit>
                    {r.personKey}
                  </Text>
                </Anchor>
                <Text size="sm" c="dimmed">
                  {box === 'INBOX'
                    ? `${t('referrals.from')} ${pick(r.fromOrganization, lang)}`
                    : `${t('referrals.to')} ${pick(r.toOrganization, lang)}`}
                  {r.programme ? ` · ${lang === 'en' ? (r.programme.titleEn ?? r.programme.titleKo) : r.programme.titleKo}` : ''} ·{' '}
                  {calendarDay(seoulDate(r.createdAt), lang)}
                </Text>
                <Text size="sm">
                  {r.sharing
                    ? `${t('referrals.sharedItems')}: ${itemsOf(r.sharing.items, lang)}${r.sharing.inForce ? '' : ` (${t('referrals.notInForce')})`}`
                    : t('referrals.nothingShared')}
                </Text>
              </Stack>
              <Badge variant="outline" color={STATUS_COLOR[r.status]}>
                {label(REFERRAL_STATUS_LABELS, r.status, lang)}
              </Badge>
            </Group>
          </Paper>
        ))}
      </Stack>
      {shown && <PagePagination total={shown.referrals.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
    </Stack>
  );
}
