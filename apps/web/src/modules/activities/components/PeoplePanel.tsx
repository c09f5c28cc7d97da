import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AGE_BAND_LABELS } from '@lalaland/shared';
import { errorMessage } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { label } from '../../../components/labels';
import { ADD_PEOPLE, CANDIDATES, PEOPLE, SET_HOURS } from '../graphql/activities';

/** Who takes part (the supporting organization only): add its participants, keep each one's hours. */
export function PeoplePanel({ activityId, notify }: { activityId: string; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data } = useQuery(PEOPLE, { variables: { id: activityId }, fetchPolicy: 'cache-and-network' });
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const found = useQuery(CANDIDATES, { variables: { search: search.trim() || null }, skip: !search.trim() });
  const refetchQueries = ['ActivityPeople', 'ActivityDetail'];
  const [add, adding] = useMutation(ADD_PEOPLE, { refetchQueries, awaitRefetchQueries: true });
  const [setHours] = useMutation(SET_HOURS, { refetchQueries, awaitRefetchQueries: true });
  const [hours, setHoursText] = useState<Record<string, string>>({});
  const people = data?.activity.people ?? [];
  const fail = (e: unknown) => notify({ ok: false, text: errorMessage(e, lang, t('common.networkError')) });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('activities.members', { count: people.length })}
        </Title>
        {!people.length && <Text c="dimmed">{t('activities.noMembers')}</Text>}
        {people.map((p) => {
          const who = p.participant.personal?.name ?? p.participant.pseudonymKey;
          return (
            <Group key={p.participantId} justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={0}>
                <Text fw={600} size="sm">
                  {who}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('activities.ageBand')}: {label(AGE_BAND_LABELS, p.ageBand, lang)}
                </Text>
              </Stack>
              <Group gap="xs" align="flex-end">
                <TextInput
                  size="sm"
                  w={110}
                  inputMode="decimal"
                  aria-label={`${t('activities.hoursLabel')}: ${who}`}
                  value={hours[p.participantId] ?? String(p.hours)}
                  onChange={(e) => setHoursText({ ...hours, [p.participantId]: e.currentTarget.value })}
                />
                <Button
                  size="sm"
                  variant="outline"
                  aria-label={`${t('activities.saveHours')}: ${who}`}
                  onClick={() =>
                    void setHours({
                      variables: {
                        input: { activityId, participantId: p.participantId, hours: Number(hours[p.participantId] ?? p.hours) },
                      },
                    })
                      .then(() => notify({ ok: true, text: t('activities.hoursSaved') }))
                      .catch(fail)
                  }
                >
                  {t('activities.saveHours')}
                </Button>
              </Group>
            </Group>
          );
        })}
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
