import { useState } from 'react';
import { Checkbox, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, MEETING_KIND_LABELS, type MeetingKind } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick, streamLabel } from '../../../components/names';
import { MEETING_STREAMS, SAVE_MEETING } from '../graphql/meetings';

/** Convenes a meeting of a stream the organization is in: when, where, the agenda and the organizations invited. */
export function MeetingModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string, text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const streams = useQuery(MEETING_STREAMS);
  const mine = (streams.data?.fundingStreams ?? []).filter((s) => s.myRole);
  const [streamId, setStreamId] = useState('');
  const [kind, setKind] = useState<MeetingKind>('COUNCIL');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [start, setStart] = useState('14:00');
  const [end, setEnd] = useState('16:00');
  const [place, setPlace] = useState('');
  const [agenda, setAgenda] = useState('');
  const [invitees, setInvitees] = useState<string[]>([]);
  const [save, { loading, error }] = useMutation(SAVE_MEETING, { refetchQueries: ['MeetingList'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const stream = mine.find((s) => s.id === (streamId || mine[0]?.id));
  const others = (stream?.members ?? []).filter((m) => m.organization.id !== viewer?.activeOrganization?.id);
  const submit = async () => {
    if (!stream || !date) return;
    const items = agenda
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => {
        const [what, who] = l.split(' / ');
        return { title: what!.trim(), presenter: who?.trim() || null };
      });
    const r = await save({
      variables: {
        input: {
          streamId: stream.id,
          kind,
          title,
          startsAt: `${date}T${start}:00+09:00`,
          endsAt: `${date}T${end}:00+09:00`,
          place: place || null,
          agenda: items,
          inviteeOrganizationIds: invitees,
        },
      },
    }).catch(() => null);
    if (r?.data) {
      onDone(r.data.saveMeeting.id, t('meetings.saved'));
      onClose();
    }
  };
  return (
    <FormModal
      title={t('meetings.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={loading}
      submitLabel={t('meetings.create')}
    >
      <SelectField
        label={t('meetings.stream')}
        value={stream?.id ?? ''}
        onChange={(v) => {
          setStreamId(v);
          setInvitees([]);
        }}
        data={mine.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
      />
      <SelectField
        label={t('meetings.kind')}
        value={kind}
        onChange={(v) => setKind(v as MeetingKind)}
        data={MEETING_KINDS.map((k) => ({ value: k, label: label(MEETING_KIND_LABELS, k, lang) }))}
        w={220}
      />
      <TextInput
        label={t('meetings.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errs.title}
        maxLength={200}
        data-autofocus
      />
      <DateField label={t('meetings.date')} required value={date} onChange={setDate} error={errs.startsAt} w={220} />
      <Group grow>
        <TextInput type="time" label={t('meetings.startTime')} required value={start} onChange={(e) => setStart(e.currentTarget.value)} />
        <TextInput
          type="time"
          label={t('meetings.endTime')}
          required
          value={end}
          onChange={(e) => setEnd(e.currentTarget.value)}
          error={errs.endsAt}
        />
      </Group>
      <TextInput label={t('meetings.place')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} maxLength={300} />
      <Textarea
        label={t('meetings.agenda')}
        description={t('meetings.agendaHelp')}
        value={agenda}
        onChange={(e) => setAgenda(e.currentTarget.value)}
        autosize
        minRows={3}
      />
      <Checkbox.Group label={t('meetings.invitees')} value={invitees} onChange={setInvitees}>
        <Stack gap={4} mt={4}>
          {others.map((m) => (
            <Checkbox key={m.organization.id} value={m.organization.id} label={pick(m.organization, lang)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </FormModal>
  );
}
