import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, Permission, type ActivityKind } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { SelectField } from '../../../components/SelectField';
import { dayRange } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { LIST } from '../graphql/activities';
import { ActivityModal } from '../components/ActivityModal';
import { GenerationMix } from '../components/GenerationMix';

const PAGE = 20;

/** Citizens' activities the organization sees: its own and its streams', with people, hours and the generation mix. */
export default function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [kind, setKind] = useState('');
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(LIST, {
    variables: { kind: (kind || null) as ActivityKind | null, mine, offset: (page - 1) * PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('activities.title')}</Title>
        {viewer?.permissions.includes(Permission.ProgrammeWrite) && (
          <Button onClick={() => setCreating(true)}>{t('activities.new')}</Button>
        )}
      </Group>
      <Text c="dimmed">{t('activities.intro')}</Text>
      <Group wrap="wrap" align="flex-end">
        <SelectField
          label={t('activities.kind')}
          value={kind}
          onChange={(v) => {
            setKind(v);
            setPage(1);
          }}
          data={[
            { value: '', label: t('activities.allKinds') },
            ...ACTIVITY_KINDS.map((k) => ({ value: k, label: label(ACTIVITY_KIND_LABELS, k, lang) })),
          ]}
          w={220}
        />
        <Checkbox label={t('activities.mineOnly')} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} />
      </Group>
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.activities.totalCount === 0 && <Text c="dimmed">{t('activities.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} aria-busy={loading || undefined}>
        {shown?.activities.items.map((a) => (
          <Paper key={a.id} withBorder p="md">
            <Stack gap="xs">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Anchor component={Link} to={`/activities/${a.id}`} fw={600}>
                  {a.title}
                </Anchor>
                <Badge variant="outline" color="blue.9" tt="none">
                  {label(ACTIVITY_KIND_LABELS, a.kind, lang)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {pick(a.organization, lang)} · {dayRange(a.startsOn, a.endsOn, lang)}
              </Text>
              <Text size="sm">
                {t('activities.people', { count: a.figures.people })} · {t('activities.hours', { hours: a.figures.hours })}
              </Text>
              <GenerationMix generations={a.figures.generations} mixIndex={a.figures.mixIndex} compact />
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {shown && <PagePagination total={shown.activities.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {creating && (
        <ActivityModal
          onClose={() => setCreating(false)}
          onDone={(id, text) => void navigate(`/activities/${id}`, { state: { notice: text } })}
        />
      )}
    </Stack>
  );
}
