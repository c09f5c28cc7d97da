import { useState } from 'react';
import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MENTOR_KINDS, MENTOR_KIND_LABELS, type MentorKind } from '@lalaland/shared';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { OWN_PARTICIPANTS, RECORD } from '../graphql/mentors';
import { ProfileFields, profileInput, type ProfileForm } from './ProfileFields';

/** Records a mentor credential with evidence for one of our participants (found by name, phone or key). */
export function RecordMentorModal({ onClose, onDone }: { onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const [participantId, setParticipantId] = useState('');
  const [kind, setKind] = useState<MentorKind>('DIGITAL_MENTOR');
  const [evidence, setEvidence] = useState('');
  const [form, setForm] = useState<ProfileForm>({ skills: '', languages: '', weeklyHours: '4', availableWeekdays: [], note: '' });
  const [tried, setTried] = useState(false);
  const found = useQuery(OWN_PARTICIPANTS, { variables: { search: search.trim() || null }, skip: search.trim().length < 1 });
  const [record, { loading, error }] = useMutation(RECORD, { refetchQueries: ['MentorPool'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    setTried(true);
    if (!participantId) return;
    const r = await record({ variables: { input: { participantId, kind, evidence, ...profileInput(form) } } }).catch(() => null);
    if (r?.data) {
      onDone(t('mentors.recorded'));
      onClose();
    }
  };
  const people = found.data?.participants.items ?? [];
  return (
    <FormModal
      title={t('mentors.recordTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={loading}
      submitLabel={t('mentors.record')}
    >
      <Text size="sm" c="dimmed">
        {t('mentors.recordHelp')}
      </Text>
      <TextInput label={t('mentors.findPerson')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} data-autofocus />
      {search.trim() && found.data && !people.length && <Text c="dimmed">{t('mentors.noPerson')}</Text>}
      {people.length > 0 && (
        <Radio.Group
          label={t('mentors.pickPerson')}
          required
          value={participantId}
          onChange={setParticipantId}
          error={tried && !participantId ? t('common.required') : errs.participantId}
        >
          <Stack gap="xs" mt={4}>
            {people.map((p) => (
              <Radio
                key={p.id}
                value={p.id}
                label={`${p.personal?.name ?? p.pseudonymKey} (${p.pseudonymKey}${p.personal?.birthYear ? `, ${p.personal.birthYear}` : ''})`}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      <SelectField
        label={t('mentors.kind')}
        value={kind}
        onChange={(v) => setKind(v as MentorKind)}
        data={MENTOR_KINDS.map((k) => ({ value: k, label: label(MENTOR_KIND_LABELS, k, lang) }))}
      />
      <TextInput
        label={t('mentors.evidence')}
        required
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        error={errs.evidence}
      />
      <ProfileFields form={form} set={(patch) => setForm({ ...form, ...patch })} errs={errs} />
    </FormModal>
  );
}
