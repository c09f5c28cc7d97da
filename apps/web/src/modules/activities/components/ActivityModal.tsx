import { useState } from 'react';
import { TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, seoulDate, type ActivityKind } from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { streamLabel } from '../../../components/names';
import { CANDIDATES, SAVE, type ActivityDetail } from '../graphql/activities';

/** Creates an activity of the organization, or edits one it supports. */
export function ActivityModal({
  activity,
  onClose,
  onDone,
}: {
  activity?: ActivityDetail;
  onClose: () => void;
  onDone: (id: string, text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [kind, setKind] = useState<ActivityKind>(activity?.kind ?? 'LEARNING_CLUB');
  const [title, setTitle] = useState(activity?.title ?? '');
  const [description, setDescription] = useState(activity?.description ?? '');
  const [startsOn, setStartsOn] = useState(activity?.startsOn ?? seoulDate());
  const [endsOn, setEndsOn] = useState(activity?.endsOn ?? '');
  const [streamId, setStreamId] = useState(activity?.streamId ?? '');
  const [headcount, setHeadcount] = useState(String(activity?.openHeadcount ?? 0));
  const streams = useQuery(CANDIDATES, { variables: { search: null } });
  const [save, { loading, error }] = useMutation(SAVE, { refetchQueries: ['ActivityList', 'ActivityDetail'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await save({
      variables: {
        input: {
          id: activity?.id ?? null,
          kind,
          title,
          description: description.trim() || null,
          startsOn,
          endsOn: endsOn || null,
          streamId: streamId || null,
          leaderParticipantId: activity?.leader?.id ?? null,
          openHeadcount: headcount.trim() === '' ? 0 : Number(headcount),
        },
      },
    }).catch(() => null);
    if (r?.data) {
      onDone(r.data.saveActivity.id, t('activities.saved'));
      onClose();
    }
  };
  return (
    <FormModal
      title={activity ? t('activities.edit') : t('activities.new')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={loading}
    >
      <SelectField
        label={t('activities.kind')}
        value={kind}
        onChange={(v) => setKind(v as ActivityKind)}
        data={ACTIVITY_KINDS.map((k) => ({ value: k, label: label(ACTIVITY_KIND_LABELS, k, lang) }))}
      />
      <TextInput
        label={t('activities.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errs.title}
        maxLength={200}
        data-autofocus
      />
      <Textarea
        label={t('activities.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errs.description}
        autosize
        minRows={2}
        maxLength={2000}
      />
      <DateField label={t('activities.startsOn')} required value={startsOn} onChange={setStartsOn} error={errs.startsOn} w={220} />
      <DateField label={t('activities.endsOn')} value={endsOn} onChange={setEndsOn} error={errs.endsOn} w={220} />
      <SelectField
        label={t('activities.stream')}
        value={streamId}
        onChange={setStreamId}
        data={[
          { value: '', label: t('activities.noStream') },
          ...(streams.data?.fundingStreams ?? []).map((s) => ({ value: s.id, label: streamLabel(s, lang) })),
        ]}
        error={errs.streamId}
      />
      <TextInput
        label={t('activities.openHeadcount')}
        inputMode="numeric"
        value={headcount}
        onChange={(e) => setHeadcount(e.currentTarget.value)}
        error={errs.openHeadcount}
        w={220}
      />
    </FormModal>
  );
}
