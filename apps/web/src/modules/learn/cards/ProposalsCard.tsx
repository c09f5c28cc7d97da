import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { QUEUE } from '../graphql/programmes';
import { programmeTitle } from '../labels';

/** Programme proposals waiting for the stream lead's decision, each one tap from its page (where it is approved or returned). */
export default function ProposalsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(QUEUE, { fetchPolicy: 'cache-and-network' });
  const queue = data?.programmeApprovalQueue;
  useCardCount(queue?.length);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('cards.proposals')} ({queue?.length ?? '…'})
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {queue && !queue.length && <Text c="dimmed">{t('cards.noProposals')}</Text>}
        {queue?.map((p) => (
          <Anchor key={p.id} component={Link} to={`/programmes/${p.id}`} size="sm">
            {programmeTitle(p, lang)} · {pick(p.host, lang)}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}
