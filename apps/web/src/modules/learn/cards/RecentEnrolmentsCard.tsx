import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ENROLMENT_STATUS_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { STATUS_COLORS, dateOf, programmeTitle } from '../labels';

const RECENT = graphql(`
  query RecentEnrolments {
    recentEnrolments(limit: 8) {
      id
      status
      appliedAt
      participant {
        id
        pseudonymKey
      }
      programme {
        id
        titleKo
        titleEn
      }
    }
  }
`);

/** The latest enrolments of the people my organization holds (by pseudonymous key: a glance reads no personal data). */
export default function RecentEnrolmentsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(RECENT, { fetchPolicy: 'cache-and-network' });
  useCardCount(data?.recentEnrolments.length);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('cards.recentEnrolments')}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !data.recentEnrolments.length && <Text c="dimmed">{t('cards.noEnrolments')}</Text>}
        {data?.recentEnrolments.map((e) => (
          <Group key={e.id} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">
              <Anchor component={Link} to={`/participants/${e.participant.id}`} ff="monospace">
                {e.participant.pseudonymKey}
              </Anchor>{' '}
              →{' '}
              <Anchor component={Link} to={`/programmes/${e.programme.id}`}>
                {programmeTitle(e.programme, lang)}
              </Anchor>
            </Text>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                {dateOf(e.appliedAt, lang)}
              </Text>
              <Badge variant="outline" color={STATUS_COLORS[e.status] ?? 'gray.8'}>
                {label(ENROLMENT_STATUS_LABELS, e.status, lang)}
              </Badge>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
