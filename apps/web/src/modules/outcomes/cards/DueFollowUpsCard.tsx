import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCardCount } from '../../../lib/card-count';
import { seoulDate } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { calendarDay } from '../../../components/dates';
import { DUE } from '../graphql/outcomes';
import type { DueFollowUpPageFragment } from '../../../gql/graphql';

/** Days from `dueOn` to today in Seoul (positive: overdue). */
const daysLate = (dueOn: string) => Math.round((Date.parse(seoulDate()) - Date.parse(dueOn)) / 86_400_000);

/**
 * Follow-ups to call: those past their due day first, marked, in due order; then those due within two weeks — two
 * lists, so overdue work never looks scheduled. One tap to the person's journey.
 */
export default function DueFollowUpsCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DUE, { variables: { days: 14 }, fetchPolicy: 'cache-and-network' });
  const overdue = data?.overdue;
  const upcoming = data?.upcoming;
  useCardCount(data ? (overdue?.totalCount ?? 0) + (upcoming?.totalCount ?? 0) : undefined);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.cards.title')}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !overdue?.totalCount && !upcoming?.totalCount && <Text c="dimmed">{t('outcomes.cards.none')}</Text>}
        {!!overdue?.totalCount && <FollowUpList title={t('outcomes.cards.overdue', { count: overdue.totalCount })} page={overdue} late />}
        {!!upcoming?.totalCount && <FollowUpList title={t('outcomes.cards.due', { count: upcoming.totalCount })} page={upcoming} />}
      </Stack>
    </Paper>
  );
}

function FollowUpList({ title, page, late = false }: { title: string; page: DueFollowUpPageFragment; late?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack gap={6}>
      <Text fw={700} size="sm" c={late ? 'red.8' : undefined}>
        {title}
      </Text>
      {page.items.map((f) => (
        <Group key={f.id} justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            <Anchor component={Link} to={`/participants/${f.participant.id}/journey`} size="sm" fw={600}>
              {f.participant.personal?.name ?? f.participant.pseudonymKey}
            </Anchor>
            <Text size="xs" c="dimmed">
              {lang === 'en' ? (f.programme.titleEn ?? f.programme.titleKo) : f.programme.titleKo} ·{' '}
              {t('outcomes.monthsAfter', { months: f.months })} · {calendarDay(f.dueOn, lang)}
            </Text>
          </Stack>
          <Group gap={4}>
            {late && (
              <Badge variant="filled" color="red.8" tt="none">
                {t('outcomes.cards.daysLate', { days: daysLate(f.dueOn) })}
              </Badge>
            )}
            {!f.contactAllowed && (
              <Badge variant="outline" color="red.8" tt="none">
                {t('outcomes.noContact')}
              </Badge>
            )}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
