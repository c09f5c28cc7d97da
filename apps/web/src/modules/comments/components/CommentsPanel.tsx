import { Suspense, useState } from 'react';
import { Button, Group, Loader, Paper, Pill, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime, type CommentRecordType } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { pick } from '../../../components/names';
import { ADD_COMMENT, COMMENT_LIST, DELETE_COMMENT, EDIT_COMMENT, MENTION_CANDIDATES } from '../graphql/comments';

interface Props {
  recordType: CommentRecordType;
  recordId: string;
  /** The caller may write (the server decides again). */
  canWrite: boolean;
}

/** The comments on one record, oldest first; writing one with @mentions; editing and deleting one's own. */
export function CommentsPanel(props: Props) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <Panel {...props} />
    </Suspense>
  );
}

function Panel({ recordType, recordId, canWrite }: Props) {
  const { t, i18n } = useTranslation('comments');
  const lang = i18n.language;
  const shell = useTranslation().t;
  const [body, setBody] = useState('');
  const [search, setSearch] = useState('');
  const [mentions, setMentions] = useState<Array<{ id: string; displayName: string }>>([]);
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const { data, error, refetch } = useQuery(COMMENT_LIST, { variables: { recordType, recordId }, fetchPolicy: 'cache-and-network' });
  const candidates = useQuery(MENTION_CANDIDATES, { variables: { search: search.trim() }, skip: !search.trim() || !canWrite });
  const refetchQueries = ['CommentList'];
  const [add, adding] = useMutation(ADD_COMMENT, { refetchQueries, awaitRefetchQueries: true });
  const [edit] = useMutation(EDIT_COMMENT);
  const [remove, removal] = useMutation(DELETE_COMMENT);
  const fail = (e: unknown) => setNotice({ ok: false, text: errorMessage(e, lang, shell('common.errorTitle')) });
  const post = async () => {
    const r = await add({ variables: { input: { recordType, recordId, body, mentionUserIds: mentions.map((m) => m.id) } } }).catch(
      (e: unknown) => {
        fail(e);
        return null;
      },
    );
    if (r?.data) {
      setBody('');
      setMentions([]);
      setSearch('');
      setNotice(t('comments.posted'));
    }
  };
  const list = data?.comments ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('comments.title')} ({list.length})
      </Title>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && !list.length && <Text c="dimmed">{t('comments.empty')}</Text>}
      {list.map((c) => (
        <Paper key={c.id} withBorder p="xs" data-comment={c.id}>
          <Group justify="space-between" wrap="wrap" gap={4}>
            <Text size="sm" fw={600}>
              {c.authorName} · {pick(c.organization, lang)}
            </Text>
            <Text size="xs" c="dimmed">
              {formatSeoulDateTime(c.createdAt, lang === 'en' ? 'en' : 'ko')}
              {c.editedAt && !c.deletedAt ? ` · ${t('comments.edited')}` : ''}
            </Text>
          </Group>
          {c.deletedAt ? (
            <Text size="sm" c="dimmed" fs="italic">
              {t('comments.deleted')}
            </Text>
          ) : editing?.id === c.id ? (
            <Stack gap={4}>
              <Textarea
                aria-label={t('comments.edit')}
                value={editing.body}
                onChange={(e) => setEditing({ id: c.id, body: e.currentTarget.value })}
                autosize
                minRows={2}
                maxLength={4000}
              />
              <Group gap="xs">
                <Button
                  size="xs"
                  onClick={() =>
                    void edit({ variables: { id: c.id, body: editing.body } })
                      .then(() => setEditing(null))
                      .catch(fail)
                  }
                >
                  {t('comments.save')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                  {shell('common.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {c.body}
            </Text>
          )}
          {c.mine && !c.deletedAt && editing?.id !== c.id && (
            <Group gap="xs" mt={4}>
              <Button size="xs" variant="subtle" onClick={() => setEditing({ id: c.id, body: c.body })}>
                {t('comments.edit')}
              </Button>
              <Button size="xs" variant="subtle" color="red.8" onClick={() => setRemoving(c.id)}>
                {t('comments.remove')}
              </Button>
            </Group>
          )}
        </Paper>
      ))}
      {canWrite && (
        <Stack gap="xs">
          <Textarea
            label={t('comments.write')}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
          />
          <TextInput
            label={t('comments.mention')}
            description={t('comments.mentionHelp')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            maxLength={50}
          />
          {search.trim() && (
            <Group gap={6}>
              {(candidates.data?.mentionCandidates ?? [])
                .filter((p) => !mentions.some((m) => m.id === p.id))
                .slice(0, 8)
                .map((p) => (
                  <Button
                    key={p.id}
                    size="xs"
                    variant="outline"
                    onClick={() => setMentions([...mentions, { id: p.id, displayName: p.displayName }])}
                    aria-label={t('comments.addMention', { name: p.displayName })}
                  >
                    @{p.displayName}
                  </Button>
                ))}
            </Group>
          )}
          {mentions.length > 0 && (
            <Group gap={6}>
              {mentions.map((m) => (
                <Pill
                  key={m.id}
                  withRemoveButton
                  onRemove={() => setMentions(mentions.filter((x) => x.id !== m.id))}
                  removeButtonProps={{ 'aria-label': t('comments.removeMention', { name: m.displayName }) }}
                >
                  @{m.displayName}
                </Pill>
              ))}
            </Group>
          )}
          <Button onClick={() => void post()} disabled={!body.trim()} loading={adding.loading} style={{ alignSelf: 'flex-start' }}>
            {t('comments.post')}
          </Button>
        </Stack>
      )}
      {removing && (
        <ConfirmDialog
          title={t('comments.removeTitle')}
          consequence={t('comments.removeConsequence')}
          confirmLabel={t('comments.remove')}
          loading={removal.loading}
          onClose={() => setRemoving(null)}
          onConfirm={() =>
            remove({ variables: { id: removing } })
              .then(() => {
                setRemoving(null);
                setNotice(t('comments.removed'));
              })
              .catch(fail)
          }
        />
      )}
    </Stack>
  );
}
