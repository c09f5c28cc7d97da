import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import type { NoticeValue } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { POOL } from '../graphql/mentors';
import { GROUPS, SAVE_GROUP } from '../graphql/groups';
import { hoursOf, mentorName } from '../labels';

/** Our mentor groups (a volunteer team): coordinator, members, the members' verified hours; a form to make one. */
export function GroupsPanel({ notify }: { notify: (n: NoticeValue) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(GROUPS, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const groups = data?.mentorGroups ?? [];
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4">
            {t('mentors.groups', { count: groups.length })}
          </Title>
          <Button variant="outline" onClick={() => setCreating(true)}>
            {t('mentors.newGroup')}
          </Button>
        </Group>
        {!groups.length && <Text c="dimmed">{t('mentors.noGroups')}</Text>}
        {groups.map((g) => (
          <Group key={g.id} justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>{g.name}</Text>
              <Text size="sm" c="dimmed">
                {g.coordinator ? `${t('mentors.coordinator')}: ${mentorName(g.coordinator)} · ` : ''}
                {t('mentors.memberCount', { count: g.members.length })}
              </Text>
            </Stack>
            <Text size="sm">{t('mentors.hoursValue', { hours: hoursOf(g.verifiedMinutes) })}</Text>
          </Group>
        ))}
      </Stack>
      {creating && <GroupModal onClose={() => setCreating(false)} onDone={(text) => notify({ ok: true, text })} />}
    </Paper>
  );
}

function GroupModal({ onClose, onDone }: { onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [coordinator, setCoordinator] = useState('');
  const pool = useQuery(POOL, { variables: { kind: null, skill: null, mine: true, offset: 0 } });
  const [save, { loading, error }] = useMutation(SAVE_GROUP, { refetchQueries: ['MentorGroups'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, i18n.language);
  const mentors = pool.data?.mentors.items ?? [];
  const submit = async () => {
    const r = await save({ variables: { input: { name, memberIds: members, coordinatorId: coordinator || null } } }).catch(() => null);
    if (r?.data) {
      onDone(t('mentors.groupSaved'));
      onClose();
    }
  };
  return (
    <FormModal title={t('mentors.newGroup')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput
        label={t('mentors.groupName')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errs.name}
        maxLength={100}
        data-autofocus
      />
      <Checkbox.Group label={t('mentors.groupMembers')} value={members} onChange={setMembers}>
        <Stack gap="xs" mt={4}>
          {mentors.map((m) => (
            <Checkbox key={m.id} value={m.id} label={mentorName(m)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SelectField
        label={t('mentors.coordinator')}
        value={coordinator}
        onChange={setCoordinator}
        data={[
          { value: '', label: '—' },
          ...mentors.filter((m) => members.includes(m.id)).map((m) => ({ value: m.id, label: mentorName(m) })),
        ]}
      />
    </FormModal>
  );
}
