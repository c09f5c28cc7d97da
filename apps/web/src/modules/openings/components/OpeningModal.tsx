import { useState } from 'react';
import { TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  EMPLOYMENT_TYPES,
  EMPLOYMENT_TYPE_LABELS,
  OPENING_KINDS,
  OPENING_KIND_LABELS,
  type EmploymentType,
  type OpeningKind,
} from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { streamLabel } from '../../../components/names';
import { SAVE_OPENING } from '../graphql/openings';

/** Posts an opening to one of the organization's streams. */
export function OpeningModal({
  streams,
  onClose,
  onDone,
}: {
  streams: ReadonlyArray<{ id: string; nameKo: string; nameEn: string }>;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [streamId, setStreamId] = useState(streams[0]?.id ?? '');
  const [kind, setKind] = useState<OpeningKind>('JOB');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [skills, setSkills] = useState('');
  const [employmentType, setEmploymentType] = useState<EmploymentType>('FULL_TIME');
  const [places, setPlaces] = useState('1');
  const [deadline, setDeadline] = useState('');
  const [save, { loading, error }] = useMutation(SAVE_OPENING, { refetchQueries: ['OpeningBoard'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await save({
      variables: {
        input: {
          streamId,
          kind,
          title,
          description: description.trim() || null,
          skills: skills
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          employmentType: kind === 'MENTORING' ? null : employmentType,
          places: Number(places) || 0,
          deadline,
        },
      },
    }).catch(() => null);
    if (r?.data) {
      onDone(t('openings.saved'));
      onClose();
    }
  };
  return (
    <FormModal title={t('openings.post')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <SelectField
        label={t('openings.stream')}
        value={streamId}
        onChange={setStreamId}
        data={streams.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
        error={errs.streamId}
      />
      <SelectField
        label={t('openings.kind')}
        value={kind}
        onChange={(v) => setKind(v as OpeningKind)}
        data={OPENING_KINDS.map((k) => ({ value: k, label: label(OPENING_KIND_LABELS, k, lang) }))}
      />
      <TextInput
        label={t('openings.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errs.title}
        maxLength={200}
        data-autofocus
      />
      <Textarea
        label={t('openings.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={3000}
      />
      <TextInput label={t('openings.skills')} value={skills} onChange={(e) => setSkills(e.currentTarget.value)} error={errs.skills} />
      {kind !== 'MENTORING' && (
        <SelectField
          label={t('openings.employmentType')}
          value={employmentType}
          onChange={(v) => setEmploymentType(v as EmploymentType)}
          data={EMPLOYMENT_TYPES.map((k) => ({ value: k, label: label(EMPLOYMENT_TYPE_LABELS, k, lang) }))}
        />
      )}
      <TextInput
        label={t('openings.places')}
        inputMode="numeric"
        required
        value={places}
        onChange={(e) => setPlaces(e.currentTarget.value)}
        error={errs.places}
        w={160}
      />
      <DateField label={t('openings.deadline')} required value={deadline} onChange={setDeadline} error={errs.deadline} w={220} />
    </FormModal>
  );
}
