import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { formatSeoulDateTime } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { MEETING_LIST } from '../graphql/meetings';

/** The next meetings my organization convenes or is invited to. */
export default function UpcomingMeetingsCard() {
  const { t, i18n } = useTranslation();
  const { data, error, refetch } = useQuery(MEETING_LIST, {
    variables: { past: false, from: null, to: null, offset: 0, limit: 5 },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.meetings;
  useCardCount(page?.totalCount);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('meetings.cards.upcoming', { count: page?.totalCount ?? 0 })}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {page && !page.totalCount && <Text c="dimmed">{t('meetings.cards.none')}</Text>}
        {page?.items.map((m) => (
          <Stack key={m.id} gap={0}>
            <Anchor component={Link} to={`/meetings/${m.id}`} size="sm" fw={600}>
              {m.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatSeoulDateTime(m.startsAt, i18n.language === 'en' ? 'en' : 'ko')}
            </Text>
          </Stack>
        ))}
        <Anchor component={Link} to="/meetings" size="sm">
          {t('meetings.cards.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
