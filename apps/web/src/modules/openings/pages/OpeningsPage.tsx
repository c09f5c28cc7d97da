import { useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OPENING_KIND_LABELS, OPENING_STATUS_LABELS, Permission } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { OPENINGS } from '../graphql/openings';
import { OpeningModal } from '../components/OpeningModal';

const PAGE = 20;

/** The openings board: partners' openings in the caller's streams, soonest deadline first; refer a participant to one. */
export default function OpeningsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [open, setOpen] = useState(true);
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [posting, setPosting] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const { data, previousData, loading, error, refetch } = useQuery(OPENINGS, {
    variables: { open, mine, offset: (page - 1) * PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const canRefer = !!viewer?.permissions.includes(Permission.ParticipantManage);
  const canPost = !!viewer?.permissions.includes(Permission.ProgrammeWrite) && (shown?.fundingStreams.length ?? 0) > 0;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('openings.title')}</Title>
        {canPost && <Button onClick={() => setPosting(true)}>{t('openings.post')}</Button>}
      </Group>
      <Text c="dimmed">{t('openings.intro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Group wrap="wrap">
        <Checkbox label={t('openings.openOnly')} checked={open} onChange={(e) => setOpen(e.currentTarget.checked)} />
        <Checkbox label={t('openings.mineOnly')} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
      </Group>
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.openings.totalCount === 0 && <Text c="dimmed">{t('openings.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} aria-busy={loading || undefined}>
        {shown?.openings.items.map((o) => (
          <Paper key={o.id} withBorder p="md" data-opening={o.id}>
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Title order={2} size="h5">
                  {o.title}
                </Title>
                <Badge variant="outline" color={o.status === 'OPEN' ? 'teal.9' : 'gray.8'}>
                  {label(OPENING_STATUS_LABELS, o.status, lang)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {pick(o.organization, lang)} · {label(OPENING_KIND_LABELS, o.kind, lang)} · {t('openings.placesValue', { count: o.places })}{' '}
                · {t('openings.until', { date: calendarDay(o.deadline, lang) })}
              </Text>
              {o.description && <Text size="sm">{o.description}</Text>}
              {o.skills.length > 0 && (
                <Group gap={4}>
                  {o.skills.map((s) => (
                    <Badge key={s} variant="light" color="blue.9" tt="none">
                      {s}
                    </Badge>
                  ))}
                </Group>
              )}
              {o.programmes.length > 0 && (
                <Text size="xs" c="dimmed">
                  {t('openings.programmesFit')}:{' '}
                  {o.programmes.map((p) => (lang === 'en' ? (p.titleEn ?? p.titleKo) : p.titleKo)).join(', ')}
                </Text>
              )}
              {canRefer && !o.postedByMe && o.status === 'OPEN' && (
                <Button
                  component={Link}
                  to={`/referrals/new?opening=${o.id}&to=${o.organization.id}`}
                  variant="outline"
                  size="sm"
                  w="fit-content"
                  aria-label={`${t('openings.refer')}: ${o.title}`}
                >
                  {t('openings.refer')}
                </Button>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {shown && <PagePagination total={shown.openings.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {posting && shown && (
        <OpeningModal streams={shown.fundingStreams} onClose={() => setPosting(false)} onDone={(text) => setNotice({ ok: true, text })} />
      )}
    </Stack>
  );
}
