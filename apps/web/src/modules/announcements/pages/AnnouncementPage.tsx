import { useEffect, useState } from 'react';
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { pick } from '../../../components/names';
import { DocumentsPanel } from '../../documents';
import { ANNOUNCEMENT_DETAIL, MARK_ANNOUNCEMENT_READ } from '../graphql/announcements';
import { MarkdownText } from '../components/MarkdownText';

/** One announcement: opening it is reading it (a receipt); the sender sees who has read it, organization by organization. */
export default function AnnouncementPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const [notice, setNotice] = useState<NoticeValue>((location.state as { notice?: string } | null)?.notice ?? null);
  const { data, loading, error, refetch } = useQuery(ANNOUNCEMENT_DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MARK_ANNOUNCEMENT_READ, { refetchQueries: ['AnnouncementList'] });
  const a = data?.announcement;
  useEffect(() => {
    if (a && !a.readByMe) void markRead({ variables: { id: a.id } }).catch(() => null);
  }, [a, markRead]);
  if (!a && loading) return <PageLoader />;
  if (!a) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const notRead = (a.reach ?? []).filter((r) => r.read === 0).length;
  return (
    <Stack>
      <Trail items={[{ to: '/announcements', label: t('announcements.title') }]} />
      <Title order={1}>{a.title}</Title>
      <Text size="sm" c="dimmed">
        {pick(a.organization, lang)} · {formatSeoulDateTime(a.createdAt, lang === 'en' ? 'en' : 'ko')}
      </Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="md">
        <MarkdownText>{a.body}</MarkdownText>
      </Paper>
      <Paper withBorder p="md">
        <DocumentsPanel recordType="ANNOUNCEMENT" recordId={a.id} canUpload={a.sentByMe} />
      </Paper>
      {a.reach && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('announcements.reach')}
            </Title>
            <Text size="sm" c={notRead ? 'red.8' : 'dimmed'}>
              {t('announcements.notRead', { count: notRead })}
            </Text>
            <Table.ScrollContainer minWidth={320}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('announcements.reachOrg')}</Table.Th>
                    <Table.Th>{t('announcements.reachRead')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.reach.map((r) => (
                    <Table.Tr key={r.organization.id} data-reach={r.read ? 'read' : 'unread'}>
                      <Table.Td>{pick(r.organization, lang)}</Table.Td>
                      <Table.Td c={r.read ? undefined : 'red.8'}>
                        {r.read ? t('announcements.reachOf', { read: r.read, audience: r.audience }) : t('announcements.reachNone')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
