import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KIND_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  ENROLMENT_STATUS_LABELS,
  FOLLOW_UP_STATUS_LABELS,
  GOAL_STATUS_LABELS,
  MENTOR_ASSIGNMENT_STATUS_LABELS,
  MENTOR_KIND_LABELS,
  OUTCOME_KIND_LABELS,
  OUTCOME_SOURCE_LABELS,
  REFERRAL_REASON_LABELS,
  REFERRAL_STATUS_LABELS,
  formatSeoulDateTime,
  seoulDate,
} from '@lalaland/shared';
import { calendarDay } from '../../../components/dates';
import { label, type LabelTable } from '../../../components/labels';
import type { Journey } from '../graphql/outcomes';

type Step = NonNullable<Journey['journey']>[number];

/** How each kind names its title and state in words (the API keeps the codes). */
const TITLES: Partial<Record<Step['kind'], LabelTable>> = {
  MENTOR_CREDENTIAL: MENTOR_KIND_LABELS,
  REFERRAL: REFERRAL_REASON_LABELS,
  OUTCOME: OUTCOME_KIND_LABELS,
};
const STATES: Partial<Record<Step['kind'], LabelTable>> = {
  ENROLMENT: ENROLMENT_STATUS_LABELS,
  MENTOR_ASSIGNMENT: MENTOR_ASSIGNMENT_STATUS_LABELS,
  REFERRAL: REFERRAL_STATUS_LABELS,
  GOAL: GOAL_STATUS_LABELS,
  FOLLOW_UP: FOLLOW_UP_STATUS_LABELS,
  OUTCOME: { ...EMPLOYMENT_TYPE_LABELS, ...OUTCOME_SOURCE_LABELS },
  ACTIVITY: ACTIVITY_KIND_LABELS,
  MENTOR_CREDENTIAL: { COURSE: { ko: '양성과정 수료', en: 'Mentor course' }, RECORDED: { ko: '담당자 기록', en: 'Recorded by staff' } },
};

/** The person's journey, newest first, each step in words and one tap from its record. */
export function Timeline({ steps }: { steps: readonly Step[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.journey', { count: steps.length })}
        </Title>
        {!steps.length && <Text c="dimmed">{t('outcomes.noJourney')}</Text>}
        <ol className="lal-timeline">
          {steps.map((s, i) => {
            const title = TITLES[s.kind] ? label(TITLES[s.kind]!, s.title, lang) : s.title;
            const state = s.status && STATES[s.kind] ? label(STATES[s.kind]!, s.status, lang) : s.kind === 'CERTIFICATE' ? null : s.status;
            const when =
              s.kind === 'ENROLMENT' || s.kind === 'REFERRAL' || s.kind === 'MENTOR_ASSIGNMENT'
                ? formatSeoulDateTime(s.at, lang === 'en' ? 'en' : 'ko')
                : calendarDay(seoulDate(s.at), lang);
            const hours =
              s.hours !== null && s.hours !== undefined && s.kind !== 'FOLLOW_UP' ? t('outcomes.hours', { hours: s.hours }) : null;
            return (
              <li key={`${s.kind}-${s.at}-${i}`}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0}>
                    <Text size="xs" c="dimmed">
                      {when} · {t(`outcomes.kind.${s.kind}`)}
                    </Text>
                    {s.link ? (
                      <Anchor component={Link} to={s.link} fw={600} size="sm">
                        {title}
                      </Anchor>
                    ) : (
                      <Text fw={600} size="sm">
                        {title}
                      </Text>
                    )}
                  </Stack>
                  <Group gap="xs">
                    {hours && <Text size="sm">{hours}</Text>}
                    {state && (
                      <Badge variant="outline" color="gray.8" tt="none">
                        {state}
                      </Badge>
                    )}
                  </Group>
                </Group>
              </li>
            );
          })}
        </ol>
      </Stack>
    </Paper>
  );
}
