import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TASK_PRIORITY_LABELS, TASK_STATUS_LABELS } from '@lalaland/shared';
import type { TaskListQuery } from '../../../gql/graphql';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';

export type TaskItem = TaskListQuery['tasks']['items'][number];

/** One task in a list: title, who asked and who does it, due date (red past due), status and priority. */
export function TaskRow({ task }: { task: TaskItem }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/tasks/${task.id}`} fw={600}>
            {task.title}
          </Anchor>
          <Group gap={6}>
            {task.priority !== 'NORMAL' && (
              <Badge variant="outline" color={task.priority === 'URGENT' || task.priority === 'HIGH' ? 'red.8' : 'gray.7'} tt="none">
                {label(TASK_PRIORITY_LABELS, task.priority, lang)}
              </Badge>
            )}
            <Badge variant="light" color={task.status === 'DONE' ? 'teal.9' : 'blue.9'} tt="none">
              {label(TASK_STATUS_LABELS, task.status, lang)}
            </Badge>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {pick(task.organization, lang)} → {pick(task.assigneeOrganization, lang)}
          {task.assignee ? ` · ${task.assignee.displayName}` : ''}
        </Text>
        <Text size="sm" c={task.overdue ? 'red.8' : undefined} fw={task.overdue ? 600 : undefined}>
          {task.dueOn ? t('tasks.due', { date: calendarDay(task.dueOn, lang) }) : t('tasks.noDue')}
          {task.overdue ? ` · ${t('tasks.overdue')}` : ''}
        </Text>
      </Stack>
    </Paper>
  );
}
