import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Badge, VisuallyHidden } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { print } from 'graphql';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { NOTIFICATION_ADDED, UNREAD_COUNT } from '../graphql/notifications';
import { liveSubscription } from '../../../lib/live';

/**
 * The bell in the header: the unread count, kept live over one WebSocket (graphql-ws, signed in by the session cookie).
 * A new notification shows a notice with a link and refreshes what is on screen; a reconnect refetches what was missed.
 */
export default function NotificationBell() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, refetch } = useQuery(UNREAD_COUNT, { fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<NoticeValue>(null);
  const refresh = useRef(refetch);
  refresh.current = refetch;
  useEffect(
    () =>
      liveSubscription<{ notificationAdded: { id: string; title: string; link: string } }>(
        print(NOTIFICATION_ADDED),
        {},
        ({ notificationAdded: n }) => {
          setNotice({
            ok: true,
            text: t('notifications.live', { title: n.title }),
            action: { label: t('notifications.open'), run: () => void navigate(n.link) },
          });
          void client.refetchQueries({ include: 'active' });
        },
        () => void refresh.current(),
      ),
    [client, navigate, t],
  );
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <>
      <ActionIcon component={Link} to="/notifications" variant="subtle" color="dark" size={44} pos="relative">
        <VisuallyHidden>
          {count ? t('notifications.bellUnread', { count: count >= 100 ? '99+' : count }) : t('notifications.bell')}
        </VisuallyHidden>
        <svg
          width="24"
          height="24"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {count > 0 && (
          <Badge size="xs" color="red.8" circle={count < 10} pos="absolute" top={2} right={0} aria-hidden="true" data-testid="unread-count">
            {count >= 100 ? '99+' : count}
          </Badge>
        )}
      </ActionIcon>
      <Notice notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
