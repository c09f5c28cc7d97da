import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { pick } from '../../../components/names';
import { DECISION_TO_TASK, MEETING_STREAMS } from '../graphql/meetings';

/** A decision becomes a task for an organization of the meeting's stream (the invitees first). */
export function DecisionTaskModal({
  decision,
  streamId,
  invited,
  onClose,
  onDone,
}: {
  decision: { id: string; text: string };
  streamId: string;
  invited: string[];
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const streams = useQuery(MEETING_STREAMS);
  const members = streams.data?.fundingStreams.find((s) => s.id === streamId)?.members ?? [];
  const ordered = [...members].sort((a, b) => Number(invited.includes(b.organization.id)) - Number(invited.includes(a.organization.id)));
  const [assignee, setAssignee] = useState(invited[0] ?? '');
  const [dueOn, setDueOn] = useState('');
  const [make, { loading, error }] = useMutation(DECISION_TO_TASK, { refetchQueries: ['MeetingDetail'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await make({
      variables: {
        input: { decisionId: decision.id, assigneeOrganizationId: assignee || ordered[0]!.organization.id, dueOn: dueOn || null },
      },
    }).catch(() => null);
    if (r?.data) {
      onDone(t('meetings.taskMade'));
      onClose();
    }
  };
  return (
    <FormModal
      title={t('meetings.toTaskFor', { text: decision.text.slice(0, 40) })}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={loading}
      submitLabel={t('meetings.toTask')}
    >
      <SelectField
        label={t('meetings.assignee')}
        value={assignee || ordered[0]?.organization.id || ''}
        onChange={setAssignee}
        data={ordered.map((m) => ({ value: m.organization.id, label: pick(m.organization, lang) }))}
      />
      <DateField label={t('meetings.dueOn')} value={dueOn} onChange={setDueOn} error={errs.dueOn} w={220} />
    </FormModal>
  );
}
