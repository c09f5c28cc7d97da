import { useState } from 'react';
import { Checkbox } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { fieldErrors } from '../../../components/ErrorAlert';
import { UPDATE } from '../graphql/mentors';
import { ProfileFields, profileInput, type ProfileForm } from './ProfileFields';

interface Editable {
  id: string;
  skills: string[];
  languages: string[];
  weeklyHours: number;
  availableWeekdays: number[];
  note?: string | null;
  active: boolean;
}

/** The holding organization edits a mentor's profile; an inactive mentor takes no new assignments. */
export function EditMentorModal({ mentor, onClose, onDone }: { mentor: Editable; onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<ProfileForm>({
    skills: mentor.skills.join(', '),
    languages: mentor.languages.join(', '),
    weeklyHours: String(mentor.weeklyHours),
    availableWeekdays: mentor.availableWeekdays,
    note: mentor.note ?? '',
  });
  const [active, setActive] = useState(mentor.active);
  const [update, { loading, error }] = useMutation(UPDATE, { refetchQueries: ['MentorDetail', 'MentorPool'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, i18n.language);
  const submit = async () => {
    const r = await update({ variables: { input: { id: mentor.id, ...profileInput(form), active } } }).catch(() => null);
    if (r?.data) {
      onDone(t('mentors.done.saved'));
      onClose();
    }
  };
  return (
    <FormModal title={t('mentors.edit')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <ProfileFields form={form} set={(patch) => setForm({ ...form, ...patch })} errs={errs} />
      <Checkbox label={t('mentors.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </FormModal>
  );
}
