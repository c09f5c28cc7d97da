import { useState } from 'react';
import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { MEETING_LIST } from '../graphql/meetings';
import { MeetingModal } from '../components/MeetingModal';
import { MeetingRow } from '../components/MeetingRow';

const PAGE = 20;

/** Meetings my organization convenes or is invited to (or, as a lead, of its streams): upcoming or past. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [past, setPast] = useState(false);
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const { data, previousData, loading, error, refetch } = useQuery(MEETING_LIST, {
    variables: { past, from: null, to: null, offset: (page - 1) * PAGE, limit: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('meetings.title')}</Title>
        {viewer?.permissions.includes(Permission.CoordinationWrite) && (
          <Button onClick={() => setCreating(true)}>{t('meetings.new')}</Button>
        )}
      </Group>
      <Text c="dimmed">{t('meetings.intro')}</Text>
      <SegmentedControl
        value={past ? 'past' : 'upcoming'}
        onChange={(v) => {
          setPast(v === 'past');
          setPage(1);
        }}
        data={[
          { value: 'upcoming', label: t('meetings.upcoming') },
          { value: 'past', label: t('meetings.past') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.meetings.totalCount === 0 && <Text c="dimmed">{t('meetings.empty')}</Text>}
      <Stack gap="xs" aria-busy={loading || undefined}>
        {shown?.meetings.items.map((m) => (
          <MeetingRow key={m.id} meeting={m} />
        ))}
      </Stack>
      {shown && <PagePagination total={shown.meetings.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {creating && (
        <MeetingModal
          onClose={() => setCreating(false)}
          onDone={(id, text) => void navigate(`/meetings/${id}`, { state: { notice: text } })}
        />
      )}
    </Stack>
  );
}
