import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { PROGRAMME_STATUSES, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { useViewer } from '../../auth';
import { STATUS_COLORS, programmeTitle } from '../labels';
import { countText } from '../../../components/counts';

const MINE = graphql(`
  query MyProgrammes($organizationId: ID!) {
    programmes(organizationId: $organizationId, status: [DRAFT, RETURNED, PROPOSED, APPROVED, RECRUITING, RUNNING], limit: 50) {
      totalCount
      items {
        id
        titleKo
        titleEn
        status
        statusComment
        seatsTaken
        capacity
      }
    }
  }
`);

/** My organization's programmes in progress, by status; what the lead returned comes first, with its comment. */
export default function MyProgrammesCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const org = viewer?.activeOrganization?.id;
  const { data, error, refetch } = useQuery(MINE, {
    variables: { organizationId: org ?? '' },
    skip: !org,
    fetchPolicy: 'cache-and-network',
  });
  const items = data?.programmes.items ?? [];
  const order = ['RETURNED', ...PROGRAMME_STATUSES.filter((s) => s !== 'RETURNED')];
  const groups = order.map((s) => [s, items.filter((p) => p.status === s)] as const).filter(([, list]) => list.length);
  useCardCount(data?.programmes.totalCount);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('cards.myProgrammes')} ({data?.programmes.totalCount ?? '…'})
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !items.length && <Text c="dimmed">{t('cards.noProgrammes')}</Text>}
        {groups.map(([status, list]) => (
          <Stack key={status} gap={4}>
            <Group gap="xs">
              <Badge variant="outline" color={STATUS_COLORS[status]}>
                {label(PROGRAMME_STATUS_LABELS, status, lang)}
              </Badge>
              <Text size="sm">{list.length}</Text>
            </Group>
            {list.slice(0, 5).map((p) => (
              <Stack key={p.id} gap={0} pl="sm">
                <Anchor component={Link} to={`/programmes/${p.id}`} size="sm">
                  {programmeTitle(p, lang)} ({countText(p.seatsTaken, t)}/{p.capacity})
                </Anchor>
                {status === 'RETURNED' && p.statusComment && (
                  <Text size="xs" c="grape.9">
                    {t('cards.returnedBecause', { comment: p.statusComment })}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
