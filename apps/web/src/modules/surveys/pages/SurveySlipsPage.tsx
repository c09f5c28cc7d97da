import { useEffect, useMemo, useState } from 'react';
import { Button, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { Trail } from '../../../components/Trail';
import { SURVEY_LINKS } from '../graphql/surveys';

/** Printable slips: one per participant, with their one-time link and its QR code (pseudonymous key, no name). */
export default function SurveySlipsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SURVEY_LINKS, { variables: { programmeId: id } });
  const [qr, setQr] = useState<Record<string, string>>({});
  const links = useMemo(() => data?.programmeSurvey?.links ?? [], [data]);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(async (q) => {
      const out: Record<string, string> = {};
      for (const l of links) out[l.token] = await q.toDataURL(`${window.location.origin}/s/${l.token}`, { margin: 1, width: 140 });
      if (live) setQr(out);
    });
    return () => {
      live = false;
    };
  }, [links]);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  return (
    <Stack>
      <div className="lal-no-print">
        <Trail items={[{ to: `/programmes/${id}`, label: data.programme.titleKo }]} />
      </div>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('surveys.slipsTitle', { title: data.programme.titleKo })}</Title>
        <Button className="lal-no-print" onClick={() => window.print()}>
          {t('surveys.print')}
        </Button>
      </Group>
      <Text c="dimmed" className="lal-no-print">
        {t('surveys.slipsIntro')}
      </Text>
      {links.length === 0 && <Text c="dimmed">{t('surveys.noLinks')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {links.map((l) => (
          <Paper key={l.token} withBorder p="sm" className="lal-print-block" style={{ borderStyle: 'dashed' }}>
            <Group wrap="nowrap" align="start">
              {qr[l.token] ? <Image src={qr[l.token]} alt="" w={110} h={110} /> : <div style={{ width: 110, height: 110 }} />}
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text fw={600}>{data.programme.titleKo}</Text>
                <Text size="sm">{t('surveys.slipText')}</Text>
                <Text size="xs" style={{ wordBreak: 'break-all' }}>
                  {`${window.location.origin}/s/${l.token}`}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('surveys.participantKey')} {l.participantKey}
                </Text>
              </Stack>
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
