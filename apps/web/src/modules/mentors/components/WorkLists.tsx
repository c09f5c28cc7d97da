import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { ASSIGNMENTS } from '../graphql/mentors';
import { AssignmentList } from './AssignmentList';

/** Replies owed for our mentors and hours owed a verification for our classes (only the lists that have work). */
export function WorkLists({ notify, compact }: { notify: (n: NoticeValue) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const replies = useQuery(ASSIGNMENTS, { variables: { reply: true }, fetchPolicy: 'cache-and-network' });
  const verify = useQuery(ASSIGNMENTS, { variables: { verify: true }, fetchPolicy: 'cache-and-network' });
  const section = (q: typeof replies, title: string, help: string, empty: string, show: { mentor?: boolean; session?: boolean }) => (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t(title, { count: q.data?.mentorAssignments.totalCount ?? 0 })}
        </Title>
        {!compact && (
          <Text size="sm" c="dimmed">
            {t(help)}
          </Text>
        )}
        {q.error && <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />}
        {q.data && q.data.mentorAssignments.totalCount === 0 && <Text c="dimmed">{t(empty)}</Text>}
        {q.data && <AssignmentList rows={q.data.mentorAssignments.items} show={show} notify={notify} />}
      </Stack>
    </Paper>
  );
  return (
    <>
      {section(replies, 'mentors.replies', 'mentors.repliesHelp', 'mentors.noReplies', { mentor: true, session: true })}
      {section(verify, 'mentors.toVerify', 'mentors.toVerifyHelp', 'mentors.noVerify', { mentor: true, session: true })}
    </>
  );
}
