import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from '../../comments';
import { GENDER_LABELS, REFERRAL_STATUS_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { DETAIL } from '../graphql/referrals';
import { STATUS_COLOR, itemsOf, reasonOf } from '../labels';
import { Actions, Dialogs, type Dialog } from '../components/ReferralActions';

/**
 * One referral, for either side: the sender sees its participant, the sharing consent and every provision; the
 * recipient sees the key, the reason and exactly the shared items; each sees the steps it may take now.
 */
export default function ReferralPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const [notice, setNotice] = useState<NoticeValue>((location.state as { notice?: string } | null)?.notice ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error, refetch } = useQuery(DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const r = data?.referral;
  if (!r && loading) return <PageLoader />;
  if (!r) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const mine = !!r.participant;
  return (
    <Stack>
      <Trail items={[{ to: '/referrals', label: t('referrals.title') }]} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>
          {reasonOf(r.reason, lang)} · {r.personKey}
        </Title>
        <Badge variant="outline" size="lg" color={STATUS_COLOR[r.status]}>
          {label(REFERRAL_STATUS_LABELS, r.status, lang)}
        </Badge>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Actions r={r} open={setDialog} notify={setNotice} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
          <DetailField label={t('referrals.from')} value={pick(r.fromOrganization, lang)} />
          <DetailField label={t('referrals.to')} value={pick(r.toOrganization, lang)} />
          <DetailField
            label={t('referrals.programme')}
            value={
              r.programme
                ? lang === 'en'
                  ? (r.programme.titleEn ?? r.programme.titleKo)
                  : r.programme.titleKo
                : t('referrals.noProgramme')
            }
          />
          {r.opening && <DetailField label={t('referrals.opening')} value={r.opening.title} />}
          <DetailField label={t('referrals.requestedOn')} value={formatSeoulDateTime(r.createdAt, lang === 'en' ? 'en' : 'ko')} />
          <DetailField label={t('referrals.key')} value={r.personKey} />
          {r.enrolmentId && <DetailField label={t('referrals.enrolment')} value="✓" />}
          {r.note && <DetailField label={t('referrals.note')} value={r.note} />}
          {r.declineReason && <DetailField label={t('referrals.declineReason')} value={r.declineReason} />}
          {r.outcome && <DetailField label={t('referrals.outcome')} value={r.outcome} />}
        </SimpleGrid>
        {mine && r.participant && (
          <Anchor component={Link} to={`/participants/${r.participant.id}`} size="sm" mt="sm" display="inline-block">
            {t('referrals.openParticipant')}
          </Anchor>
        )}
      </Paper>
      {!mine && (
        <Paper withBorder p="md" component="section" aria-labelledby="referral-shared">
          <Title order={2} size="h4" mb="sm" id="referral-shared">
            {t('referrals.sharedWithYou')}
          </Title>
          {r.shared ? (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
              {r.shared.name && <DetailField label={t('referrals.fields.name')} value={r.shared.name} />}
              {r.shared.phone && <DetailField label={t('referrals.fields.phone')} value={r.shared.phone} />}
              {r.shared.birthYear && <DetailField label={t('referrals.fields.birthYear')} value={String(r.shared.birthYear)} />}
              {r.shared.gender && <DetailField label={t('referrals.fields.gender')} value={label(GENDER_LABELS, r.shared.gender, lang)} />}
              {r.shared.districtCode && <DetailField label={t('referrals.fields.district')} value={r.shared.districtCode} />}
            </SimpleGrid>
          ) : (
            <Text c="dimmed">{t('referrals.nothingForYou')}</Text>
          )}
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('referrals.sharing')}
        </Title>
        {r.sharing ? (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
            <DetailField label={t('referrals.items')} value={itemsOf(r.sharing.items, lang)} />
            <DetailField label={t('referrals.purpose')} value={r.sharing.purpose} />
            <DetailField label={t('referrals.retention')} value={calendarDay(r.sharing.retentionUntil, lang)} />
            <DetailField label={t('referrals.givenOn')} value={formatSeoulDateTime(r.sharing.givenAt, lang === 'en' ? 'en' : 'ko')} />
            <DetailField label={t('referrals.status')} value={r.sharing.inForce ? t('referrals.inForce') : t('referrals.notInForce')} />
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('referrals.nothingShared')}</Text>
        )}
      </Paper>
      {r.provisions && (
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('referrals.provisions', { count: r.provisions.length })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('referrals.provisionsHelp')}
          </Text>
          {!r.provisions.length && <Text c="dimmed">{t('referrals.noProvisions')}</Text>}
          <Stack gap={4}>
            {r.provisions.map((p, i) => (
              <Text key={i} size="sm">
                {formatSeoulDateTime(p.at, lang === 'en' ? 'en' : 'ko')} · {pick(r.toOrganization, lang)} ·{' '}
                {p.detail ? provisionDetail(p.detail, t) : itemsOf(p.items, lang)}
              </Text>
            ))}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed" mb="sm">
          {t('referrals.attachmentsRule')}
        </Text>
        <CommentsPanel recordType="REFERRAL" recordId={r.id} canWrite />
      </Paper>
      <Dialogs r={r} dialog={dialog} close={() => setDialog(null)} notify={setNotice} />
    </Stack>
  );
}

/** What a provision row read besides fields: the note, the sender's comments, or a document (named). */
function provisionDetail(detail: string, t: TFunction): string {
  if (detail === 'note') return t('referrals.provisionNote');
  const comments = /^comments: (\d+)$/.exec(detail);
  if (comments) return t('referrals.provisionComments', { count: Number(comments[1]) });
  const documents = /^documents: (\d+)$/.exec(detail);
  if (documents) return t('referrals.provisionDocuments', { count: Number(documents[1]) });
  return t('referrals.provisionDocument', { name: detail.replace(/^document:/, '') });
}
