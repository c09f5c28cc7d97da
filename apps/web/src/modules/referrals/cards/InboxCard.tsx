import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { BOX } from '../graphql/referrals';
import { itemsOf, reasonOf } from '../labels';

/** Referrals received and not yet accepted or declined, one tap from deciding. */
export default function InboxCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(BOX, {
    variables: { box: 'INBOX', status: 'SUBMITTED', offset: 0 },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.referrals;
  useCardCount(page?.totalCount);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('referrals.cards.inbox', { count: page?.totalCount ?? 0 })}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {page && !page.totalCount && <Text c="dimmed">{t('referrals.cards.none')}</Text>}
        {page?.items.slice(0, 5).map((r) => (
          <Group key={r.id} justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Anchor component={Link} to={`/referrals/${r.id}`} size="sm" fw={600}>
                {reasonOf(r.reason, lang)} · {r.personKey}
              </Anchor>
              <Text size="xs" c="dimmed">
                {pick(r.fromOrganization, lang)}
              </Text>
            </Stack>
            <Badge variant="outline" color="blue.9" tt="none">
              {r.sharing ? itemsOf(r.sharing.items, lang) : t('referrals.nothingShared')}
            </Badge>
          </Group>
        ))}
        <Anchor component={Link} to="/referrals" size="sm">
          {t('referrals.cards.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
