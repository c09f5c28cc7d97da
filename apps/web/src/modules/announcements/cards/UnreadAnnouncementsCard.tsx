import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { ANNOUNCEMENT_LIST } from '../graphql/announcements';

/** Announcements I have not read yet. */
export default function UnreadAnnouncementsCard() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(ANNOUNCEMENT_LIST, {
    variables: { unreadOnly: true, offset: 0, limit: 5 },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.announcements;
  useCardCount(page?.totalCount);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('announcements.cards.unread', { count: page?.totalCount ?? 0 })}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {page && !page.totalCount && <Text c="dimmed">{t('announcements.cards.none')}</Text>}
        {page?.items.map((a) => (
          <Stack key={a.id} gap={0}>
            <Anchor component={Link} to={`/announcements/${a.id}`} size="sm" fw={600}>
              {a.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {pick(a.organization, i18n.language)}
            </Text>
          </Stack>
        ))}
        <Anchor component={Link} to="/announcements" size="sm">
          {t('announcements.cards.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
