import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AGE_BAND_LABELS } from '@lalaland/shared';
import { errorMessage } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { label } from '../../../components/labels';
import { useUnsavedGuard } from '../../../components/useUnsavedGuard';
import { SET_HOURS, type ActivityPerson } from '../graphql/activities';

/** 0–10,000 hours with at most one decimal, as typed (a comma read as the decimal point); null when it is not. */
function parseHours(text: string): number | null {
  const v = text.trim().replace(',', '.');
  if (!/^\d{1,5}(\.\d)?$/.test(v)) return null;
  const n = Number(v);
  return n <= 10_000 ? n : null;
}

/**
 * Everyone's hours on one form: "모두 2시간" fills every row, then the exceptions are typed, and one save sends the
 * rows that changed together (all or none). Leaving with unsaved hours asks first.
 */
export function HoursEditor({
  activityId,
  people,
  notify,
}: {
  activityId: string;
  people: ActivityPerson[];
  notify: (n: NoticeValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [all, setAll] = useState('');
  const [save, saving] = useMutation(SET_HOURS, { refetchQueries: ['ActivityPeople', 'ActivityDetail'], awaitRefetchQueries: true });
  const changed = people.filter((p) => typed[p.participantId] !== undefined && parseHours(typed[p.participantId]!) !== Number(p.hours));
  const invalid = new Set(
    people.filter((p) => typed[p.participantId] !== undefined && parseHours(typed[p.participantId]!) === null).map((p) => p.participantId),
  );
  const guard = useUnsavedGuard(changed.length > 0 || invalid.size > 0, t('activities.hoursUnsaved'));
  const submit = () => {
    if (invalid.size || !changed.length) return;
    void save({
      variables: {
        input: {
          activityId,
          entries: changed.map((p) => ({ participantId: p.participantId, hours: parseHours(typed[p.participantId]!)! })),
        },
      },
    })
      .then(() => {
        setTyped({});
        notify({ ok: true, text: t('activities.hoursSaved', { count: changed.length }) });
      })
      .catch((e: unknown) => notify({ ok: false, text: errorMessage(e, lang, t('common.networkError')) }));
  };
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('activities.hoursAll')}
          inputMode="decimal"
          w={140}
          value={all}
          onChange={(e) => setAll(e.currentTarget.value)}
          error={all && parseHours(all) === null ? t('activities.hoursInvalid') : undefined}
        />
        <Button
          variant="outline"
          disabled={parseHours(all) === null}
          onClick={() => setTyped(Object.fromEntries(people.map((p) => [p.participantId, all.trim()])))}
        >
          {t('activities.hoursApplyAll')}
        </Button>
      </Group>
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
            <TextInput
              w={140}
              inputMode="decimal"
              aria-label={`${t('activities.hoursLabel')}: ${who}`}
              value={typed[p.participantId] ?? String(p.hours)}
              onChange={(e) => setTyped({ ...typed, [p.participantId]: e.currentTarget.value })}
              error={invalid.has(p.participantId) ? t('activities.hoursInvalid') : undefined}
            />
          </Group>
        );
      })}
      <Group>
        <Button onClick={submit} loading={saving.loading} disabled={!changed.length || invalid.size > 0}>
          {changed.length ? t('activities.saveHoursCount', { count: changed.length }) : t('activities.saveHours')}
        </Button>
      </Group>
      {guard}
    </Stack>
  );
}
