import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KIND_LABELS, formatSeoulDateTime, seoulClock } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { MarkdownText } from '../../announcements';
import { CommentsPanel } from '../../comments';
import { DocumentsPanel } from '../../documents';
import { ADD_DECISION, MEETING_DETAIL, RESPOND_MEETING, SAVE_MINUTES, type MeetingDetail } from '../graphql/meetings';
import { DecisionTaskModal } from '../components/DecisionTaskModal';

/** One meeting: agenda, who comes, the minutes and decisions (each one a task away), documents and comments. */
export default function MeetingPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const { viewer } = useViewer();
  const [notice, setNotice] = useState<NoticeValue>((location.state as { notice?: string } | null)?.notice ?? null);
  const { data, loading, error, refetch } = useQuery(MEETING_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const m = data?.meeting;
  if (!m && loading) return <PageLoader />;
  if (!m) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const fail = (e: unknown) => setNotice({ ok: false, text: errorMessage(e, lang, t('common.errorTitle')) });
  const mine = m.invitees.find((i) => i.organizationId === viewer?.activeOrganization?.id);
  const loc = lang === 'en' ? 'en' : 'ko';
  return (
    <Stack>
      <Trail items={[{ to: '/meetings', label: t('meetings.title') }]} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{m.title}</Title>
        <Badge variant="outline" color="blue.9" tt="none" size="lg">
          {label(MEETING_KIND_LABELS, m.kind, lang)}
        </Badge>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl">
          <DetailField label={t('meetings.startsAt')} value={`${formatSeoulDateTime(m.startsAt, loc)}–${seoulClock(m.endsAt)}`} />
          <DetailField label={t('meetings.place')} value={m.place} />
          <DetailField label={t('meetings.convener')} value={pick(m.organization, lang)} />
        </SimpleGrid>
        {m.agenda.length > 0 && (
          <Stack gap={4} mt="md">
            <Title order={2} size="h4">
              {t('meetings.agenda')}
            </Title>
            <List type="ordered">
              {m.agenda.map((a, i) => (
                <List.Item key={i}>
                  {a.title}
                  {a.presenter ? ` (${a.presenter})` : ''}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Paper>
      <Invitees meeting={m} />
      {mine && <Answer meetingId={m.id} current={mine} onDone={(text) => setNotice(text)} onError={fail} />}
      <Minutes meeting={m} onDone={(text) => setNotice(text)} onError={fail} />
      <Decisions meeting={m} onDone={(text) => setNotice(text)} onError={fail} />
      <Paper withBorder p="md">
        <DocumentsPanel recordType="MEETING" recordId={m.id} canUpload={m.convenedByMe || !!mine} />
      </Paper>
      <Paper withBorder p="md">
        <CommentsPanel recordType="MEETING" recordId={m.id} canWrite={!!viewer?.permissions.includes('coordination:write')} />
      </Paper>
    </Stack>
  );
}

function Invitees({ meeting: m }: { meeting: MeetingDetail }) {
  const { t, i18n } = useTranslation();
  if (!m.invitees.length) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('meetings.invitees')}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table>
          <Table.Tbody>
            {m.invitees.map((i) => (
              <Table.Tr key={i.organizationId}>
                <Table.Td>{pick(i.organization, i18n.language)}</Table.Td>
                <Table.Td c={i.attending === false ? 'red.8' : undefined}>
                  {i.attending === null ? t('meetings.noAnswer') : i.attending ? t('meetings.attending') : t('meetings.notAttending')}
                </Table.Td>
                <Table.Td>{i.representatives ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Answer({
  meetingId,
  current,
  onDone,
  onError,
}: {
  meetingId: string;
  current: MeetingDetail['invitees'][number];
  onDone: (t: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [attending, setAttending] = useState(current.attending === false ? 'no' : 'yes');
  const [reps, setReps] = useState(current.representatives ?? '');
  const [respond, { loading }] = useMutation(RESPOND_MEETING, { refetchQueries: ['MeetingDetail'] });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Radio.Group label={t('meetings.answer')} value={attending} onChange={setAttending}>
          <Group mt={4}>
            <Radio value="yes" label={t('meetings.attending')} />
            <Radio value="no" label={t('meetings.notAttending')} />
          </Group>
        </Radio.Group>
        <TextInput label={t('meetings.representatives')} value={reps} onChange={(e) => setReps(e.currentTarget.value)} maxLength={300} />
        <Button
          loading={loading}
          style={{ alignSelf: 'flex-start' }}
          onClick={() =>
            void respond({ variables: { meetingId, attending: attending === 'yes', representatives: reps || null } })
              .then(() => onDone(t('meetings.answerSaved')))
              .catch(onError)
          }
        >
          {t('common.save')}
        </Button>
      </Stack>
    </Paper>
  );
}

function Minutes({ meeting: m, onDone, onError }: { meeting: MeetingDetail; onDone: (t: string) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(m.minutes ?? '');
  const [save, { loading }] = useMutation(SAVE_MINUTES);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('meetings.minutes')}
        </Title>
        {m.convenedByMe ? (
          <>
            <Textarea
              aria-label={t('meetings.minutes')}
              description={t('meetings.minutesHelp')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={4}
              maxLength={50000}
            />
            <Button
              loading={loading}
              style={{ alignSelf: 'flex-start' }}
              onClick={() =>
                void save({ variables: { meetingId: m.id, minutes: text } })
                  .then(() => onDone(t('meetings.minutesSaved')))
                  .catch(onError)
              }
            >
              {t('meetings.saveMinutes')}
            </Button>
          </>
        ) : m.minutes ? (
          <MarkdownText>{m.minutes}</MarkdownText>
        ) : (
          <Text c="dimmed">{t('meetings.minutesEmpty')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function Decisions({
  meeting: m,
  onDone,
  onError,
}: {
  meeting: MeetingDetail;
  onDone: (t: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [making, setMaking] = useState<{ id: string; text: string } | null>(null);
  const [add, { loading }] = useMutation(ADD_DECISION, { refetchQueries: ['MeetingDetail'], awaitRefetchQueries: true });
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('meetings.decisions')}
        </Title>
        {!m.decisions.length && <Text c="dimmed">{t('meetings.decisionsEmpty')}</Text>}
        {m.decisions.map((d) => (
          <Group key={d.id} justify="space-between" wrap="wrap" gap="xs" data-decision={d.id}>
            <Text style={{ overflowWrap: 'anywhere' }}>{d.text}</Text>
            {d.taskId ? (
              <Anchor component={Link} to={`/tasks/${d.taskId}`} size="sm">
                {t('meetings.openTask')}
              </Anchor>
            ) : (
              m.convenedByMe && (
                <Button size="xs" variant="outline" onClick={() => setMaking(d)} aria-label={t('meetings.toTaskFor', { text: d.text })}>
                  {t('meetings.toTask')}
                </Button>
              )
            )}
          </Group>
        ))}
        {m.convenedByMe && (
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('meetings.decisionText')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={1000}
              style={{ flex: 1, minWidth: 220 }}
            />
            <Button
              loading={loading}
              disabled={!text.trim()}
              onClick={() =>
                void add({ variables: { meetingId: m.id, text } })
                  .then(() => setText(''))
                  .catch(onError)
              }
            >
              {t('meetings.addDecision')}
            </Button>
          </Group>
        )}
      </Stack>
      {making && (
        <DecisionTaskModal
          decision={making}
          streamId={m.streamId}
          invited={m.invitees.map((i) => i.organizationId)}
          onClose={() => setMaking(null)}
          onDone={onDone}
        />
      )}
    </Paper>
  );
}
