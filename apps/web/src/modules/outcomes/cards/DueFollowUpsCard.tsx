import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { calendarDay } from '../../../components/dates';
import { DUE } from '../graphql/outcomes';

/** Follow-ups due within two weeks (overdue first), one tap from the person's journey. */
export default function DueFollowUpsCard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(DUE, { variables: { days: 14 }, fetchPolicy: 'cache-and-network' });
  const page = data?.followUps;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.cards.due', { count: page?.totalCount ?? 0 })}
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {page && !page.totalCount && <Text c="dimmed">{t('outcomes.cards.none')}</Text>}
        {page?.items.slice(0, 6).map((f) => (
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
            {!f.contactAllowed && (
              <Badge variant="outline" color="red.8" tt="none">
                {t('outcomes.noContact')}
              </Badge>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
