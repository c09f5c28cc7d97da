import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TASK_LIST } from '../graphql/tasks';
import { TaskRow } from '../components/TaskRow';

/** Open tasks assigned to my organization, earliest due first. */
export default function MyTasksCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(TASK_LIST, {
    variables: { view: 'ASSIGNED', statuses: null, overdue: null, mine: null, offset: 0, limit: 5 },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.tasks;
  useCardCount(page?.totalCount);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('tasks.cards.mine', { count: page?.totalCount ?? 0 })}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {page && !page.totalCount && <Text c="dimmed">{t('tasks.cards.none')}</Text>}
        {page?.items.map((task) => (
          <TaskRow key={task.id} task={task} />
        ))}
        <Anchor component={Link} to="/tasks" size="sm">
          {t('tasks.cards.all')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
