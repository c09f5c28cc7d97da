import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KIND_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import type { MeetingListQuery } from '../../../gql/graphql';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';

/** One meeting in a list: kind, name, when and where, who convenes it. */
export function MeetingRow({ meeting: m }: { meeting: MeetingListQuery['meetings']['items'][number] }) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="sm">
      <Stack gap={2}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={`/meetings/${m.id}`} fw={600}>
            {m.title}
          </Anchor>
          <Badge variant="outline" color="blue.9" tt="none">
            {label(MEETING_KIND_LABELS, m.kind, lang)}
          </Badge>
        </Group>
        <Text size="sm">
          {formatSeoulDateTime(m.startsAt, lang === 'en' ? 'en' : 'ko')}
          {m.place ? ` · ${m.place}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {pick(m.organization, lang)}
        </Text>
      </Stack>
    </Paper>
  );
}
