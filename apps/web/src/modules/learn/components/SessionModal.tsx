import { useState } from 'react';
import { Button, Group, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { seoulClock, seoulDate, seoulInstant } from '@lalaland/shared';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { UPDATE_SESSION, DELETE_SESSION, type Programme, type ProgrammeSession } from '../graphql/programme';
import { PlaceFields } from './PlaceFields';
import { DateField } from '../../../components/DateField';

export function SessionModal({
  programme,
  session,
  onClose,
  onDone,
}: {
  programme: Programme;
  session: ProgrammeSession;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [update, upd] = useMutation(UPDATE_SESSION);
  const [remove, del] = useMutation(DELETE_SESSION);
  const [form, setForm] = useState({
    date: seoulDate(session.startsAt),
    startTime: seoulClock(session.startsAt),
    endTime: seoulClock(session.endsAt),
    venueId: session.venue?.id ?? '',
    onlineUrl: session.onlineUrl ?? '',
    instructorId: session.instructor?.id ?? '',
  });
  const [confirming, setConfirming] = useState(false);
  const error = upd.error ?? del.error;
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    if (!form.date || !form.startTime || !form.endTime) return;
    const r = await update({
      variables: {
        input: {
          id: session.id,
          startsAt: seoulInstant(form.date, form.startTime).toISOString(),
          endsAt: seoulInstant(form.date, form.endTime).toISOString(),
          venueId: form.venueId || null,
          onlineUrl: form.venueId ? null : form.onlineUrl || null,
          instructorId: form.instructorId || null,
        },
      },
    }).catch(() => null);
    if (r?.data) onDone(t('learn.sessionSaved'));
  };
  const drop = async () => {
    const r = await remove({ variables: { id: session.id } }).catch(() => null);
    if (r?.data) onDone(t('learn.sessionDeleted'));
  };
  return (
    <FormModal
      title={t('learn.editSession')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={upd.loading}
      footerStart={
        confirming ? (
          <Group gap="xs">
            <Text size="sm">{t('learn.deleteSessionConfirm')}</Text>
            <Button color="red" variant="outline" onClick={() => void drop()} loading={del.loading}>
              {t('learn.deleteSession')}
            </Button>
          </Group>
        ) : (
          <Button color="red" variant="subtle" onClick={() => setConfirming(true)}>
            {t('learn.deleteSession')}
          </Button>
        )
      }
    >
      <DateField label={t('learn.date')} required value={form.date} onChange={(v) => setForm({ ...form, date: v })} error={errs.startsAt} />
      <Group grow>
        <TextInput
          label={t('learn.startTime')}
          type="time"
          required
          value={form.startTime}
          onChange={(e) => setForm({ ...form, startTime: e.currentTarget.value })}
        />
        <TextInput
          label={t('learn.endTime')}
          type="time"
          required
          value={form.endTime}
          onChange={(e) => setForm({ ...form, endTime: e.currentTarget.value })}
          error={errs.endsAt}
        />
      </Group>
      <PlaceFields streamId={programme.stream.id} value={form} onChange={(place) => setForm({ ...form, ...place })} errs={errs} />
    </FormModal>
  );
}

/** Where a session happens (a venue, or else an online link) and who teaches it: shared by the series and the single-session forms. */
