import { useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  EMAIL_CHANNELS,
  EMAIL_CHANNEL_LABELS,
  NOTIFICATION_KIND_LABELS,
  formatSeoulDateTime,
  type EmailChannel,
  type NotificationKind,
} from '@lalaland/shared';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import { MARK_READ, NOTIFICATION_LIST, PREFERENCES, SET_PREFERENCE } from '../graphql/notifications';

const PAGE = 20;

/** My notifications, newest first (opening one marks it read), and how I get them by e-mail. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const { data, previousData, loading, error, refetch } = useQuery(NOTIFICATION_LIST, {
    variables: { unreadOnly, offset: (page - 1) * PAGE, limit: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MARK_READ, { refetchQueries: ['NotificationList', 'UnreadNotificationCount'] });
  const shown = data ?? previousData;
  const fail = (e: unknown) => setNotice({ ok: false, text: errorMessage(e, lang, t('common.errorTitle')) });
  return (
    <Stack>
      <Title order={1}>{t('notifications.title')}</Title>
      <Text c="dimmed">{t('notifications.intro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Group justify="space-between" wrap="wrap">
        <Checkbox
          label={t('notifications.unreadOnly')}
          checked={unreadOnly}
          onChange={(e) => {
            setUnreadOnly(e.currentTarget.checked);
            setPage(1);
          }}
        />
        <Button
          variant="outline"
          disabled={!shown?.unreadNotificationCount}
          loading={marking.loading}
          onClick={() =>
            void markRead({ variables: { ids: null } })
              .then(() => setNotice(t('notifications.markedAll')))
              .catch(fail)
          }
        >
          {t('notifications.markAll')}
        </Button>
      </Group>
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.notifications.totalCount === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
      <Stack gap="xs" aria-busy={loading || undefined}>
        {shown?.notifications.items.map((n) => (
          <Paper key={n.id} withBorder p="sm" bg={n.readAt ? undefined : 'blue.0'}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                <Anchor
                  component={Link}
                  to={n.link}
                  fw={n.readAt ? 400 : 700}
                  onClick={() => void (n.readAt ? null : markRead({ variables: { ids: [n.id] } }).catch(() => null))}
                >
                  {n.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {label(NOTIFICATION_KIND_LABELS, n.kind, lang)} · {formatSeoulDateTime(n.createdAt, lang === 'en' ? 'en' : 'ko')}
                  {n.organization ? ` · ${pick(n.organization, lang)}` : ''}
                </Text>
              </Stack>
              {!n.readAt && (
                <Badge color="blue.9" variant="outline" tt="none">
                  {t('notifications.unread')}
                </Badge>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      {shown && <PagePagination total={shown.notifications.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      <Preferences onSaved={() => setNotice(t('notifications.saved'))} onError={fail} />
    </Stack>
  );
}

function Preferences({ onSaved, onError }: { onSaved: () => void; onError: (e: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error } = useQuery(PREFERENCES);
  const [save] = useMutation(SET_PREFERENCE);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('notifications.preferences')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.preferencesIntro')}
        </Text>
        <Table.ScrollContainer minWidth={300}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('notifications.kind')}</Table.Th>
                <Table.Th>{t('notifications.email')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.notificationPreferences.map((p) => (
                <Table.Tr key={p.kind}>
                  <Table.Td>{label(NOTIFICATION_KIND_LABELS, p.kind, lang)}</Table.Td>
                  <Table.Td>
                    <SelectField
                      aria-label={`${label(NOTIFICATION_KIND_LABELS, p.kind, lang)} · ${t('notifications.email')}`}
                      value={p.email}
                      onChange={(v) =>
                        void save({ variables: { kind: p.kind as NotificationKind, email: v as EmailChannel } })
                          .then(onSaved)
                          .catch(onError)
                      }
                      data={EMAIL_CHANNELS.map((c) => ({ value: c, label: label(EMAIL_CHANNEL_LABELS, c, lang) }))}
                      w={180}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
