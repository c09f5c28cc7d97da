import { BUSAN_DISTRICTS } from '@lalaland/shared';
import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { CREATE_INSTRUCTOR } from '../graphql/places';
import { list } from '../places-helpers';

export function InstructorModal({ streamId, onClose, onDone }: { streamId: string; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, { loading, error }] = useMutation(CREATE_INSTRUCTOR);
  const [form, setForm] = useState({ name: '', fields: '', district: '', bio: '' });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await create({
      variables: {
        input: {
          streamId,
          name: form.name,
          fields: list(form.fields),
          districts: form.district ? [form.district] : [],
          bio: form.bio || null,
        },
      },
    }).catch(() => null);
    if (r?.data) onDone();
  };
  return (
    <FormModal title={t('places.addInstructor')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput
        label={t('places.name')}
        required
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        error={errs.name}
      />
      <TextInput
        label={t('places.fields')}
        description={t('places.fieldsHelp')}
        value={form.fields}
        onChange={(e) => setForm({ ...form, fields: e.currentTarget.value })}
        error={errs.fields}
      />
      <SelectField
        label={t('places.district')}
        value={form.district}
        onChange={(v) => setForm({ ...form, district: v })}
        data={[
          { value: '', label: t('places.anyDistrict') },
          ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko })),
        ]}
      />
      <TextInput
        label={t('places.bio')}
        value={form.bio}
        onChange={(e) => setForm({ ...form, bio: e.currentTarget.value })}
        error={errs.bio}
      />
    </FormModal>
  );
}
