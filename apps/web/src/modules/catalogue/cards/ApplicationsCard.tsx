import { Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RECENT_APPLICATIONS } from '../graphql/applications';

/** The home's online applications: programmes we run that citizens applied to in the last two weeks. */
export default function ApplicationsCard() {
  const { t } = useTranslation('catalogue');
  const { data, error, loading, refetch } = useQuery(RECENT_APPLICATIONS);
  useCardCount(data?.recentApplications.length);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loader size="sm" aria-label={t('applications.title')} />;
  const rows = data?.recentApplications ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('applications.title')}
        </Title>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('applications.noneRecent')}
          </Text>
        ) : (
          rows.map((r) => (
            <Anchor key={r.programmeId} component={Link} to={`/programmes/${r.programmeId}`}>
              {t('applications.recentLine', { title: r.title, count: r.newThisWeek, pending: r.pending })}
            </Anchor>
          ))
        )}
      </Stack>
    </Paper>
  );
}
