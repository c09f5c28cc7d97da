import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, formatSeoulDateTime, seoulDate } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { pick } from '../../../components/names';
import { ANNOUNCEMENT_LIST } from '../graphql/announcements';
import { AnnouncementModal } from '../components/AnnouncementModal';

const PAGE = 20;

/** Announcements for my organization and role (and those we sent): pinned first, unread marked. */
export default function AnnouncementsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [writing, setWriting] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(ANNOUNCEMENT_LIST, {
    variables: { unreadOnly, offset: (page - 1) * PAGE, limit: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const today = seoulDate();
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('announcements.title')}</Title>
        {viewer?.permissions.includes(Permission.CoordinationWrite) && (
          <Button onClick={() => setWriting(true)}>{t('announcements.new')}</Button>
        )}
      </Group>
      <Text c="dimmed">{t('announcements.intro')}</Text>
      <Checkbox
        label={t('announcements.unreadOnly')}
        checked={unreadOnly}
        onChange={(e) => {
          setUnreadOnly(e.currentTarget.checked);
          setPage(1);
        }}
      />
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.announcements.totalCount === 0 && <Text c="dimmed">{t('announcements.empty')}</Text>}
      <Stack gap="xs" aria-busy={loading || undefined}>
        {shown?.announcements.items.map((a) => (
          <Paper key={a.id} withBorder p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Anchor component={Link} to={`/announcements/${a.id}`} fw={a.readByMe ? 500 : 700}>
                  {a.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {pick(a.organization, lang)} · {formatSeoulDateTime(a.createdAt, lang === 'en' ? 'en' : 'ko')}
                </Text>
              </Stack>
              <Group gap={6}>
                {a.pinnedUntil && a.pinnedUntil >= today && (
                  <Badge color="blue.9" variant="light" tt="none">
                    {t('announcements.pinned')}
                  </Badge>
                )}
                {!a.readByMe && (
                  <Badge color="red.8" variant="outline" tt="none">
                    {t('announcements.unread')}
                  </Badge>
                )}
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
      {shown && <PagePagination total={shown.announcements.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {writing && (
        <AnnouncementModal
          onClose={() => setWriting(false)}
          onDone={(id, text) => void navigate(`/announcements/${id}`, { state: { notice: text } })}
        />
      )}
    </Stack>
  );
}
