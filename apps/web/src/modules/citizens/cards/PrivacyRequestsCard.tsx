import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PRIVACY_REQUEST_COUNTS } from '../graphql';

/** Privacy requests to answer: how many, how many due within three days, how many past the legal deadline. */
export default function PrivacyRequestsCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PRIVACY_REQUEST_COUNTS, { fetchPolicy: 'cache-and-network' });
  const c = data?.privacyRequestCounts;
  useCardCount(c ? c.open : undefined);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('citizens.cardTitle')}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {c && c.open === 0 && <Text c="dimmed">{t('citizens.cardNone')}</Text>}
        {c && c.open > 0 && (
          <Group gap="xs">
            <Anchor component={Link} to="/privacy-requests" fw={700} mih={44} display="inline-flex" style={{ alignItems: 'center' }}>
              {t('citizens.cardOpen', { count: c.open })}
            </Anchor>
            {c.overdue > 0 && (
              <Badge variant="filled" color="red.9" tt="none">
                {t('citizens.overdueCount', { count: c.overdue })}
              </Badge>
            )}
            {c.dueSoon > 0 && (
              <Badge variant="outline" color="red.9" tt="none">
                {t('citizens.dueSoonCount', { count: c.dueSoon })}
              </Badge>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
