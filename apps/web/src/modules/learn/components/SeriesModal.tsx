import { useState } from 'react';
import { Checkbox, Group, NumberInput, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SERIES, type Programme } from '../graphql/programme';
import { PlaceFields } from './PlaceFields';
import { DateField } from '../../../components/DateField';

export function SeriesModal({
  programme,
  onClose,
  onDone,
}: {
  programme: Programme;
  onClose: () => void;
  onDone: (count: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, { loading, error }] = useMutation(SERIES);
  const [form, setForm] = useState({
    firstDate: programme.startsOn,
    weekdays: [] as number[],
    count: 8 as number | string,
    startTime: '10:00',
    endTime: '12:00',
    venueId: '',
    onlineUrl: '',
    instructorId: '',
  });
  const errs = fieldErrors(error, lang);
  const names = t('learn.weekdayNames').split(',');
  const submit = async () => {
    const r = await create({
      variables: {
        input: {
          programmeId: programme.id,
          firstDate: form.firstDate,
          weekdays: form.weekdays,
          count: Number(form.count) || 0,
          startTime: form.startTime,
          endTime: form.endTime,
          venueId: form.venueId || null,
          onlineUrl: form.onlineUrl || null,
          instructorId: form.instructorId || null,
        },
      },
    }).catch(() => null);
    if (r?.data) onDone(r.data.createSessionSeries.length);
  };
  return (
    <FormModal title={t('learn.addSeries')} size="lg" onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <DateField
        label={t('learn.firstDate')}
        required
        value={form.firstDate}
        onChange={(v) => setForm({ ...form, firstDate: v })}
        error={errs.firstDate}
      />
      <Checkbox.Group
        label={t('learn.weekdays')}
        required
        value={form.weekdays.map(String)}
        onChange={(v) => setForm({ ...form, weekdays: v.map(Number) })}
        error={errs.weekdays}
      >
        <Group mt="xs">
          {names.map((n, i) => (
            <Checkbox key={n} value={String(i + 1)} label={n} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group grow>
        <NumberInput
          clampBehavior="none"
          label={t('learn.count')}
          min={1}
          max={200}
          required
          value={form.count}
          onChange={(v) => setForm({ ...form, count: v })}
          error={errs.count}
        />
        <TextInput
          label={t('learn.startTime')}
          type="time"
          required
          value={form.startTime}
          onChange={(e) => setForm({ ...form, startTime: e.currentTarget.value })}
          error={errs.startTime}
        />
        <TextInput
          label={t('learn.endTime')}
          type="time"
          required
          value={form.endTime}
          onChange={(e) => setForm({ ...form, endTime: e.currentTarget.value })}
          error={errs.endTime}
        />
      </Group>
      <PlaceFields streamId={programme.stream.id} value={form} onChange={(place) => setForm({ ...form, ...place })} errs={errs} />
    </FormModal>
  );
}

/** One occurrence: move it, change the place or the instructor, or delete it (not once attendance is taken). */
