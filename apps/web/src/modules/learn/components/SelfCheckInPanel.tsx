import { useEffect, useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';

const SELF_CHECK_IN = graphql(`
  query SessionSelfCheckIn($id: ID!) {
    session(id: $id) {
      id
      selfCheckIn {
        url
        refreshAt
      }
    }
  }
`);

/**
 * The learners' own check-in: a QR code shown on the staff's screen (or a projector) that changes every minute; a
 * learner scans it, signs in by a texted code if needed, and taps once; the sheet below shows it as it arrives.
 */
export function SelfCheckInPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [qr, setQr] = useState<string | null>(null);
  const { data, refetch } = useQuery(SELF_CHECK_IN, { variables: { id: sessionId }, skip: !open, fetchPolicy: 'network-only' });
  const code = data?.session.selfCheckIn;

  useEffect(() => {
    if (!code) return;
    let live = true;
    void import('qrcode')
      .then((q) => q.toDataURL(code.url, { margin: 1, width: 280, errorCorrectionLevel: 'M' }))
      .then((u) => live && setQr(u));
    // The next code when this one turns (a second late, so the server's minute has turned too).
    const wait = Math.max(1_000, new Date(code.refreshAt).getTime() - Date.now() + 1_000);
    const timer = setTimeout(() => void refetch(), wait);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code, refetch]);

  if (!open)
    return (
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('attendance.selfOpen')}
      </Button>
    );
  return (
    <Paper withBorder p="md">
      <Stack align="center" gap="xs">
        <Text fw={700}>{t('attendance.selfTitle')}</Text>
        {data && !code && <Text c="dimmed">{t('attendance.selfUnavailable')}</Text>}
        {qr && code && <img src={qr} width={280} height={280} alt={t('attendance.selfQr')} data-url={code.url} />}
        <Text size="sm" c="dimmed" ta="center">
          {t('attendance.selfHelp')}
        </Text>
        <Group>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('attendance.selfClose')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
