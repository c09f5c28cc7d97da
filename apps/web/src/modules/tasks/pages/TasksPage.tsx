import { useState } from 'react';
import { Button, Checkbox, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, TASK_STATUSES, TASK_STATUS_LABELS, type TaskStatus } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { TASK_LIST, TASK_STREAMS, TASK_TALLY } from '../graphql/tasks';
import { TaskModal } from '../components/TaskModal';
import { TaskRow } from '../components/TaskRow';

const PAGE = 20;
type View = 'ASSIGNED' | 'ASKED' | 'STREAM';

/** The tasks of my organization (to do, asked by us) and, for a stream's lead, every organization's; filters in the address. */
export default function TasksPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const view = (params.get('view') as View | null) ?? 'ASSIGNED';
  const status = params.get('status') ?? '';
  const overdue = params.get('overdue') === '1';
  const mine = params.get('mine') === '1';
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setPage(1);
  };
  const streams = useQuery(TASK_STREAMS);
  const led = (streams.data?.fundingStreams ?? []).filter((s) => s.myRole === 'LEAD');
  const statuses: TaskStatus[] | null = status === 'ALL' ? [...TASK_STATUSES] : status ? [status as TaskStatus] : null;
  const { data, previousData, loading, error, refetch } = useQuery(TASK_LIST, {
    variables: { view, statuses, overdue: overdue || null, mine: mine || null, offset: (page - 1) * PAGE, limit: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const canWrite = viewer?.permissions.includes(Permission.CoordinationWrite);
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('tasks.title')}</Title>
        {canWrite && <Button onClick={() => setCreating(true)}>{t('tasks.new')}</Button>}
      </Group>
      <Text c="dimmed">{t('tasks.intro')}</Text>
      <SegmentedControl
        aria-label={t('tasks.viewLabel')}
        value={view}
        onChange={(v) => set('view', v === 'ASSIGNED' ? '' : v)}
        data={(['ASSIGNED', 'ASKED', ...(led.length ? ['STREAM'] : [])] as View[]).map((v) => ({ value: v, label: t(`tasks.views.${v}`) }))}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
      />
      <Group wrap="wrap" align="flex-end">
        <SelectField
          label={t('tasks.statusFilter')}
          value={status}
          onChange={(v) => set('status', v)}
          data={[
            { value: '', label: t('tasks.statusOpen') },
            ...TASK_STATUSES.map((s) => ({ value: s, label: label(TASK_STATUS_LABELS, s, lang) })),
            { value: 'ALL', label: t('tasks.statusAll') },
          ]}
          w={220}
        />
        <Checkbox label={t('tasks.overdueOnly')} checked={overdue} onChange={(e) => set('overdue', e.currentTarget.checked ? '1' : '')} />
        <Checkbox label={t('tasks.mineOnly')} checked={mine} onChange={(e) => set('mine', e.currentTarget.checked ? '1' : '')} />
      </Group>
      {view === 'STREAM' &&
        led.map((s) => (
          <StreamTally
            key={s.id}
            streamId={s.id}
            title={`${t('tasks.tally')} · ${pick(s, lang)}`}
            members={s.members.map((m) => m.organization)}
          />
        ))}
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.tasks.totalCount === 0 && <Text c="dimmed">{t('tasks.empty')}</Text>}
      <Stack gap="xs" aria-busy={loading || undefined}>
        {shown?.tasks.items.map((task) => (
          <TaskRow key={task.id} task={task} />
        ))}
      </Stack>
      {shown && <PagePagination total={shown.tasks.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {creating && (
        <TaskModal onClose={() => setCreating(false)} onDone={(id, text) => void navigate(`/tasks/${id}`, { state: { notice: text } })} />
      )}
    </Stack>
  );
}

function StreamTally({
  streamId,
  title,
  members,
}: {
  streamId: string;
  title: string;
  members: ReadonlyArray<{ id: string; nameKo: string; nameEn: string }>;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(TASK_TALLY, { variables: { streamId } });
  if (error) return <ErrorAlert error={error} />;
  if (!data?.streamTaskTally.length) return null;
  const nameOf = (id: string) => {
    const o = members.find((m) => m.id === id);
    return o ? pick(o, i18n.language) : id;
  };
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table striped withTableBorder>
        <Table.Caption>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.tallyOrg')}</Table.Th>
            <Table.Th ta="right">{t('tasks.tallyOpen')}</Table.Th>
            <Table.Th ta="right">{t('tasks.tallyOverdue')}</Table.Th>
            <Table.Th ta="right">{t('tasks.tallyDone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.streamTaskTally.map((r) => (
            <Table.Tr key={r.organizationId}>
              <Table.Td>{nameOf(r.organizationId)}</Table.Td>
              <Table.Td ta="right">{r.open}</Table.Td>
              <Table.Td ta="right" c={r.overdue ? 'red.8' : undefined}>
                {r.overdue}
              </Table.Td>
              <Table.Td ta="right">{r.done}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
