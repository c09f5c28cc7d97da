import { useState } from 'react';
import { NumberInput, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { CREATE_VENUE } from '../graphql/places';

export function VenueModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, { loading, error }] = useMutation(CREATE_VENUE);
  const [form, setForm] = useState({ name: '', address: '', capacity: '' as number | string });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await create({
      variables: {
        input: { name: form.name, address: form.address || null, capacity: form.capacity === '' ? null : Number(form.capacity) },
      },
    }).catch(() => null);
    if (r?.data) onDone();
  };
  return (
    <FormModal title={t('places.addVenue')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput
        label={t('places.name')}
        required
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
        error={errs.name}
      />
      <TextInput
        label={t('places.address')}
        value={form.address}
        onChange={(e) => setForm({ ...form, address: e.currentTarget.value })}
        error={errs.address}
      />
      <NumberInput
        clampBehavior="none"
        label={t('places.capacity')}
        min={1}
        value={form.capacity}
        onChange={(v) => setForm({ ...form, capacity: v })}
        error={errs.capacity}
      />
    </FormModal>
  );
}
