import { useState } from 'react';
import { Button, Checkbox, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { ADD_PEOPLE, CANDIDATES, PEOPLE } from '../graphql/activities';
import { HoursEditor } from './HoursEditor';

/** Who takes part (the supporting organization only): add its participants, keep their hours (HoursEditor). */
export function PeoplePanel({ activityId, notify }: { activityId: string; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data } = useQuery(PEOPLE, { variables: { id: activityId }, fetchPolicy: 'cache-and-network' });
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const found = useQuery(CANDIDATES, { variables: { search: search.trim() || null }, skip: !search.trim() });
  const refetchQueries = ['ActivityPeople', 'ActivityDetail'];
  const [add, adding] = useMutation(ADD_PEOPLE, { refetchQueries, awaitRefetchQueries: true });
  const people = data?.activity.people ?? [];
  const fail = (e: unknown) => notify({ ok: false, text: errorMessage(e, lang, t('common.networkError')) });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('activities.members', { count: people.length })}
        </Title>
        {!people.length && <Text c="dimmed">{t('activities.noMembers')}</Text>}
        {people.length > 0 && <HoursEditor activityId={activityId} people={people} notify={notify} />}
        <TextInput label={t('activities.find')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} maw={420} />
        {(found.data?.participants.items.length ?? 0) > 0 && (
          <Checkbox.Group label={t('activities.pick')} value={picked} onChange={setPicked}>
            <Stack gap="xs" mt={4}>
              {found.data!.participants.items.map((p) => (
                <Checkbox
                  key={p.id}
                  value={p.id}
                  label={`${p.personal?.name ?? p.pseudonymKey} (${p.pseudonymKey}${p.personal?.birthYear ? `, ${p.personal.birthYear}` : ''})`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        <Button
          w="fit-content"
          variant="outline"
          disabled={!picked.length}
          loading={adding.loading}
          onClick={() =>
            void add({ variables: { input: { activityId, participantIds: picked } } })
              .then((r) => {
                setPicked([]);
                notify({ ok: true, text: t('activities.added', { count: r.data?.addActivityParticipants ?? 0 }) });
              })
              .catch(fail)
          }
        >
          {t('activities.addMembers')}
        </Button>
      </Stack>
    </Paper>
  );
}
