import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TASK_PRIORITY_LABELS, TASK_STATUS_LABELS, formatSeoulDateTime, type TaskRecordType, type TaskStatus } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { CHECK_TASK_ITEM, SET_TASK_STATUS, TASK_DETAIL } from '../graphql/tasks';
import { TaskModal } from '../components/TaskModal';
import { DocumentsPanel } from '../../documents';
import { CommentsPanel } from '../../comments';

const RECORD_PATHS: Record<TaskRecordType, string> = {
  PROGRAMME: '/programmes/',
  REFERRAL: '/referrals/',
  ACTIVITY: '/activities/',
  OPENING: '/openings/',
  EXPENDITURE: '/funding',
  MEETING: '/meetings/',
};

/** One task: who asked, who does it, the checklist to tick, and the steps the caller may take. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const [notice, setNotice] = useState<NoticeValue>((location.state as { notice?: string } | null)?.notice ?? null);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { data, loading, error, refetch } = useQuery(TASK_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [setStatus, status] = useMutation(SET_TASK_STATUS, { refetchQueries: ['TaskList'] });
  const [check] = useMutation(CHECK_TASK_ITEM);
  const task = data?.task;
  if (!task && loading) return <PageLoader />;
  if (!task) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const step = async (to: TaskStatus) => {
    const r = await setStatus({ variables: { id, status: to } }).catch((e: unknown) => {
      setNotice({ ok: false, text: errorMessage(e, lang, t('common.errorTitle')) });
      return null;
    });
    setCancelling(false);
    if (r?.data) setNotice(t('tasks.stepDone', { status: label(TASK_STATUS_LABELS, to, lang) }));
  };
  const done = task.checklist.filter((c) => c.done).length;
  return (
    <Stack>
      <Trail items={[{ to: '/tasks', label: t('tasks.title') }]} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{task.title}</Title>
        <Group gap="xs">
          <Badge variant="light" color={task.status === 'DONE' ? 'teal.9' : 'blue.9'} tt="none" size="lg">
            {label(TASK_STATUS_LABELS, task.status, lang)}
          </Badge>
          {task.overdue && (
            <Badge variant="outline" color="red.8" tt="none" size="lg">
              {t('tasks.overdue')}
            </Badge>
          )}
        </Group>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl">
          <DetailField label={t('tasks.askedBy')} value={pick(task.organization, lang)} />
          <DetailField
            label={t('tasks.doneBy')}
            value={`${pick(task.assigneeOrganization, lang)}${task.assignee ? ` · ${task.assignee.displayName}` : ''}`}
          />
          <DetailField label={t('tasks.dueOn')} value={task.dueOn ? calendarDay(task.dueOn, lang) : t('tasks.noDue')} />
          <DetailField label={t('tasks.priority')} value={label(TASK_PRIORITY_LABELS, task.priority, lang)} />
          {task.completedAt && (
            <DetailField label={t('tasks.completedAt')} value={formatSeoulDateTime(task.completedAt, lang === 'en' ? 'en' : 'ko')} />
          )}
          {task.recordType && task.recordId && (
            <DetailField
              label={t('tasks.linked')}
              value={
                <Anchor
                  component={Link}
                  to={task.recordType === 'EXPENDITURE' ? RECORD_PATHS.EXPENDITURE : `${RECORD_PATHS[task.recordType]}${task.recordId}`}
                >
                  {t('tasks.openRecord')}
                </Anchor>
              }
            />
          )}
        </SimpleGrid>
        {task.description && (
          <Text mt="md" style={{ whiteSpace: 'pre-wrap' }}>
            {task.description}
          </Text>
        )}
      </Paper>
      {task.checklist.length > 0 && (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('tasks.checklist')} · {t('tasks.checklistDone', { done, total: task.checklist.length })}
            </Title>
            {task.checklist.map((c, index) => (
              <Checkbox
                key={index}
                label={c.text}
                checked={c.done}
                disabled={!task.allowedSteps.length && task.status !== 'DONE'}
                onChange={(e) => {
                  const ticked = e.currentTarget.checked;
                  // Shown ticked at once; the server's answer (or its refusal) settles it.
                  const optimisticResponse = {
                    checkTaskItem: {
                      __typename: 'Task' as const,
                      id,
                      allowedSteps: task.allowedSteps,
                      checklist: task.checklist.map((x, i) => ({ ...x, done: i === index ? ticked : x.done })),
                    },
                  };
                  void check({ variables: { id, index, done: ticked }, optimisticResponse }).catch((err: unknown) =>
                    setNotice({ ok: false, text: errorMessage(err, lang, t('common.errorTitle')) }),
                  );
                }}
                styles={{ body: { minHeight: 44, alignItems: 'center' } }}
              />
            ))}
          </Stack>
        </Paper>
      )}
      <Group wrap="wrap">
        {task.allowedSteps
          .filter((s) => s !== 'CANCELLED')
          .map((s) => (
            <Button key={s} variant={s === 'DONE' ? 'filled' : 'outline'} loading={status.loading} onClick={() => void step(s)}>
              {t(`tasks.steps.${s}`)}
            </Button>
          ))}
        {task.askedByMe && task.status !== 'CANCELLED' && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('tasks.edit')}
          </Button>
        )}
        {task.allowedSteps.includes('CANCELLED') && (
          <Button variant="outline" color="red.8" onClick={() => setCancelling(true)}>
            {t('tasks.steps.CANCELLED')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <DocumentsPanel recordType="TASK" recordId={task.id} canUpload={task.askedByMe || task.allowedSteps.length > 0} />
      </Paper>
      <Paper withBorder p="md">
        <CommentsPanel recordType="TASK" recordId={task.id} canWrite={task.askedByMe || task.allowedSteps.length > 0} />
      </Paper>
      {editing && <TaskModal task={task} onClose={() => setEditing(false)} onDone={(_id, text) => setNotice(text)} />}
      {cancelling && (
        <ConfirmDialog
          title={t('tasks.cancelTitle')}
          consequence={t('tasks.cancelConsequence')}
          confirmLabel={t('tasks.steps.CANCELLED')}
          loading={status.loading}
          onConfirm={() => step('CANCELLED')}
          onClose={() => setCancelling(false)}
        />
      )}
    </Stack>
  );
}
