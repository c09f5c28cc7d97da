import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { formatSeoulDateTime } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NOTIFICATION_LIST } from '../graphql/notifications';

/** The five newest unread notifications. */
export default function RecentNotificationsCard() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(NOTIFICATION_LIST, {
    variables: { unreadOnly: true, offset: 0, limit: 5 },
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.notifications.items ?? [];
  useCardCount(data ? items.length : undefined);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('notifications.cards.recent')}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !items.length && <Text c="dimmed">{t('notifications.cards.none')}</Text>}
        {items.map((n) => (
          <Stack key={n.id} gap={0}>
            <Anchor component={Link} to={n.link} size="sm" fw={600}>
              {n.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatSeoulDateTime(n.createdAt, i18n.language === 'en' ? 'en' : 'ko')}
            </Text>
          </Stack>
        ))}
        <Anchor component={Link} to="/notifications" size="sm">
          {t('notifications.cards.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
