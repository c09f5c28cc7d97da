import { useState } from 'react';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { seoulDate } from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { calendarDay } from '../../../components/dates';
import { ADD_NOTE, type Journey } from '../graphql/outcomes';

/** Counselling notes (the holder's staff only; every read logged) and a form to add one. */
export function NotesPanel({ person, notify }: { person: Journey; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [occurredOn, setOccurredOn] = useState(seoulDate());
  const [body, setBody] = useState('');
  const [add, { loading, error }] = useMutation(ADD_NOTE, { refetchQueries: ['ParticipantJourney'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const notes = person.counsellingNotes ?? [];
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await add({ variables: { input: { participantId: person.id, occurredOn, body } } }).catch(() => null);
    if (r?.data) {
      setBody('');
      notify({ ok: true, text: t('outcomes.noteSaved') });
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.notes', { count: notes.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outcomes.notesHelp')}
        </Text>
        {!notes.length && <Text c="dimmed">{t('outcomes.noNotes')}</Text>}
        {notes.map((n) => (
          <Stack key={n.id} gap={0}>
            <Text size="sm" c="dimmed">
              {calendarDay(n.occurredOn, lang)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Text>
          </Stack>
        ))}
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="xs">
            <DateField
              label={t('outcomes.occurredOn')}
              required
              value={occurredOn}
              onChange={setOccurredOn}
              error={errs.occurredOn}
              w={220}
            />
            <Textarea
              label={t('outcomes.noteBody')}
              required
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={errs.body}
              autosize
              minRows={3}
              maxLength={4000}
            />
            <Button type="submit" variant="outline" loading={loading} w="fit-content">
              {t('outcomes.addNote')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
