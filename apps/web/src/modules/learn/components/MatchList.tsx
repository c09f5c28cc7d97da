import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantMatchesQuery } from '../../../gql/graphql';

export type Match = ParticipantMatchesQuery['participantMatches'][number];

/**
 * Records the organization already holds that may be the person being registered: the pseudonymous key, what the
 * caller may see (each view is logged), why it may be them, and one action (enrol this person).
 */
export function MatchList({
  matches,
  actionLabel,
  onPick,
  busy,
}: {
  matches: Match[];
  actionLabel: string;
  onPick: (m: Match) => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  if (!matches.length) return null;
  return (
    <Paper withBorder p="sm" bg="yellow.0" role="region" aria-label={t('records.matchesTitle')}>
      <Stack gap="xs">
        <Text fw={700} size="sm">
          {t('records.matchesTitle')}
        </Text>
        <Text size="sm">{t('records.matchesHelp')}</Text>
        {matches.map((m) => (
          <Group key={m.participant.id} justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm">
              <Text span ff="monospace">
                {m.participant.pseudonymKey}
              </Text>{' '}
              {m.participant.personal?.name ?? t('people.hidden')}
              {m.participant.personal?.birthYear ? ` · ${t('records.born', { year: m.participant.personal.birthYear })}` : ''}
              {m.participant.personal?.phone ? ` · ${m.participant.personal.phone}` : ''}
              <Text span c="dimmed">
                {' '}
                ({m.reasons.map((r) => t(`records.reasons.${r}`)).join(', ')})
              </Text>
            </Text>
            <Button size="sm" variant="outline" loading={busy} onClick={() => onPick(m)}>
              {actionLabel}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
