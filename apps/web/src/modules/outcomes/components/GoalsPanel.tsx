import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GOAL_KINDS, GOAL_KIND_LABELS, GOAL_STATUSES, GOAL_STATUS_LABELS, type GoalKind, type GoalStatus } from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { SAVE_GOAL, type Journey } from '../graphql/outcomes';

/** Goals with their status (changed in place) and a short form to add one. */
export function GoalsPanel({ person, notify }: { person: Journey; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [save, { loading, error }] = useMutation(SAVE_GOAL, { refetchQueries: ['ParticipantJourney'], awaitRefetchQueries: true });
  const [kind, setKind] = useState<GoalKind>('CAREER');
  const [title, setTitle] = useState('');
  const [targetOn, setTargetOn] = useState('');
  const errs = fieldErrors(error, lang);
  const goals = person.goals ?? [];
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await save({ variables: { input: { participantId: person.id, kind, title, targetOn: targetOn || null } } }).catch(() => null);
    if (r?.data) {
      setTitle('');
      setTargetOn('');
      notify({ ok: true, text: t('outcomes.goalSaved') });
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.goals', { count: goals.length })}
        </Title>
        {!goals.length && <Text c="dimmed">{t('outcomes.noGoals')}</Text>}
        {goals.map((g) => (
          <Group key={g.id} justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={0}>
              <Text fw={600}>{g.title}</Text>
              <Text size="sm" c="dimmed">
                {label(GOAL_KIND_LABELS, g.kind, lang)}
                {g.targetOn ? ` · ${t('outcomes.targetOn')} ${calendarDay(g.targetOn, lang)}` : ''}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge variant="outline" color={g.status === 'ACHIEVED' ? 'teal.9' : g.status === 'DROPPED' ? 'gray.8' : 'blue.9'}>
                {label(GOAL_STATUS_LABELS, g.status, lang)}
              </Badge>
              <SelectField
                aria-label={`${t('outcomes.goalTitle')} ${g.title}`}
                size="xs"
                value={g.status}
                onChange={(v) =>
                  void save({
                    variables: {
                      input: {
                        id: g.id,
                        participantId: person.id,
                        kind: g.kind,
                        title: g.title,
                        status: v as GoalStatus,
                        targetOn: g.targetOn ?? null,
                      },
                    },
                  })
                    .then(() => notify({ ok: true, text: t('outcomes.goalSaved') }))
                    .catch((err: unknown) => notify({ ok: false, text: errorMessage(err, lang, t('common.networkError')) }))
                }
                data={GOAL_STATUSES.map((s) => ({ value: s, label: label(GOAL_STATUS_LABELS, s, lang) }))}
                w={120}
              />
            </Group>
          </Group>
        ))}
        <form onSubmit={(e) => void add(e)} noValidate>
          <Group align="flex-end" wrap="wrap" gap="sm">
            <SelectField
              label={t('outcomes.goalKind')}
              value={kind}
              onChange={(v) => setKind(v as GoalKind)}
              data={GOAL_KINDS.map((k) => ({ value: k, label: label(GOAL_KIND_LABELS, k, lang) }))}
              w={150}
            />
            <TextInput
              label={t('outcomes.goalTitle')}
              required
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errs.title}
              maxLength={200}
              style={{ flex: 1, minWidth: 200 }}
            />
            <DateField label={t('outcomes.targetOn')} value={targetOn} onChange={setTargetOn} error={errs.targetOn} w={200} />
            <Button type="submit" variant="outline" loading={loading}>
              {t('outcomes.addGoal')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}
