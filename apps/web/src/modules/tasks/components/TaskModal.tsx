import { useMemo, useState } from 'react';
import { TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { TASK_PRIORITIES, TASK_PRIORITY_LABELS, seoulDate, type TaskPriority } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick, streamLabel } from '../../../components/names';
import { SAVE_TASK, TASK_STREAMS, type TaskDetail } from '../graphql/tasks';

/** Asks an organization of the same stream (or the own one) for a task, or edits one the organization asked for. */
export function TaskModal({
  task,
  onClose,
  onDone,
}: {
  task?: TaskDetail;
  onClose: () => void;
  onDone: (id: string, text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const own = viewer?.activeOrganization;
  const [title, setTitle] = useState(task?.title ?? '');
  const [description, setDescription] = useState(task?.description ?? '');
  const [streamId, setStreamId] = useState(task?.streamId ?? '');
  const [assignee, setAssignee] = useState(task?.assigneeOrganization.id ?? own?.id ?? '');
  const [dueOn, setDueOn] = useState(task?.dueOn ?? '');
  const [priority, setPriority] = useState<TaskPriority>(task?.priority ?? 'NORMAL');
  const [checklist, setChecklist] = useState((task?.checklist ?? []).map((c) => c.text).join('\n'));
  const streams = useQuery(TASK_STREAMS);
  const [save, { loading, error }] = useMutation(SAVE_TASK, { refetchQueries: ['TaskList', 'TaskDetail'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  // The caller's streams, this year's first: an organization chosen before a stream is asked for within the first that holds it.
  const memberStreams = useMemo(() => {
    const today = seoulDate();
    const current = (s: { periodStart: string; periodEnd: string }) => (s.periodStart <= today && s.periodEnd >= today ? 0 : 1);
    return (streams.data?.fundingStreams ?? [])
      .filter((s) => s.myRole)
      .sort((a, b) => current(a) - current(b) || b.fiscalYear - a.fiscalYear);
  }, [streams.data]);
  const organizations = useMemo(() => {
    const stream = memberStreams.find((s) => s.id === streamId);
    if (stream) return stream.members.map((m) => ({ value: m.organization.id, label: pick(m.organization, lang) }));
    // No stream yet: the own organization, then every organization the caller shares a stream with.
    const offered = new Map(own ? [[own.id, { value: own.id, label: pick(own, lang) }]] : []);
    for (const s of memberStreams)
      for (const m of s.members)
        if (!offered.has(m.organization.id))
          offered.set(m.organization.id, { value: m.organization.id, label: pick(m.organization, lang) });
    return [...offered.values()];
  }, [memberStreams, streamId, own, lang]);
  const chooseAssignee = (id: string) => {
    setAssignee(id);
    if (!streamId && id !== own?.id) {
      const stream = memberStreams.find((s) => s.members.some((m) => m.organization.id === id));
      if (stream) setStreamId(stream.id);
    }
  };
  const submit = async () => {
    const done = new Map((task?.checklist ?? []).map((c) => [c.text, c.done]));
    const lines = checklist
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const r = await save({
      variables: {
        input: {
          id: task?.id ?? null,
          title,
          description: description.trim() || null,
          streamId: streamId || null,
          assigneeOrganizationId: assignee,
          dueOn: dueOn || null,
          priority,
          checklist: lines.map((text) => ({ text, done: done.get(text) ?? false })),
          recordType: task?.recordType ?? null,
          recordId: task?.recordId ?? null,
        },
      },
    }).catch(() => null);
    if (r?.data) {
      const told = organizations.find((o) => o.value === assignee);
      onDone(r.data.saveTask.id, assignee === own?.id || !told ? t('tasks.saved') : t('tasks.savedTold', { organization: told.label }));
      onClose();
    }
  };
  return (
    <FormModal title={task ? t('tasks.edit') : t('tasks.new')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput
        label={t('tasks.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errs.title}
        maxLength={200}
        data-autofocus
      />
      <SelectField
        label={t('tasks.stream')}
        value={streamId}
        onChange={(v) => {
          setStreamId(v);
          // The organization chosen stays when the stream holds it.
          const stream = memberStreams.find((s) => s.id === v);
          if (!stream?.members.some((m) => m.organization.id === assignee)) setAssignee(own?.id ?? '');
        }}
        data={[{ value: '', label: t('tasks.noStream') }, ...memberStreams.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))]}
        error={errs.streamId}
      />
      <SelectField
        label={t('tasks.assignee')}
        value={assignee}
        onChange={chooseAssignee}
        data={organizations}
        error={errs.assigneeOrganizationId}
      />
      <DateField label={t('tasks.dueOn')} value={dueOn} onChange={setDueOn} error={errs.dueOn} w={220} />
      <SelectField
        label={t('tasks.priority')}
        value={priority}
        onChange={(v) => setPriority(v as TaskPriority)}
        data={TASK_PRIORITIES.map((p) => ({ value: p, label: label(TASK_PRIORITY_LABELS, p, lang) }))}
        w={220}
      />
      <Textarea
        label={t('tasks.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errs.description}
        autosize
        minRows={2}
        maxLength={4000}
      />
      <Textarea
        label={t('tasks.checklist')}
        description={t('tasks.checklistHelp')}
        value={checklist}
        onChange={(e) => setChecklist(e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </FormModal>
  );
}
