import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../src/lib/session';
import { ErrorAlert } from '../../../src/components/ErrorAlert';
import { PageLoader } from '../../../src/components/PageLoader';
import { ADD_EXAMPLE_NOTE, EXAMPLE_NOTES } from '../graphql/example';

interface Notes {
  exampleNotes: Array<{ id: string; text: string }>;
}

/** The organization's notes: loading, error, empty and the list; one field to add a note (the server bounds it). */
export default function ExampleNotesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const organizationId = viewer?.activeOrganization?.id ?? '';
  const { data, loading, error, refetch } = useQuery<Notes>(EXAMPLE_NOTES, { variables: { organizationId }, skip: !organizationId });
  const [add, adding] = useMutation(ADD_EXAMPLE_NOTE, { refetchQueries: ['ExampleNotes'] });
  const [text, setText] = useState('');
  return (
    <Stack>
      <Title order={1}>{t('example.title')}</Title>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && !data && <PageLoader />}
      {data && data.exampleNotes.length === 0 && <Text c="dimmed">{t('example.empty')}</Text>}
      {data?.exampleNotes.map((n) => (
        <Paper key={n.id} withBorder p="sm">
          {n.text}
        </Paper>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add({ variables: { organizationId, text } }).then(() => setText(''));
        }}
      >
        <Group align="end">
          <TextInput label={t('example.text')} value={text} maxLength={200} required onChange={(e) => setText(e.currentTarget.value)} />
          <Button type="submit" loading={adding.loading}>
            {t('example.add')}
          </Button>
        </Group>
      </form>
      {adding.error && <ErrorAlert error={adding.error} />}
    </Stack>
  );
}
