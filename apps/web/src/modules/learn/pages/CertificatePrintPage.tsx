import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { ErrorAlert, errorCode } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { calendarDay } from '../../../components/dates';

const PRINT = graphql(`
  query CertificateToPrint($code: String!) {
    certificateToPrint(code: $code) {
      code
      holderName
      programmeTitle
      issuerName
      hours
      issuedOn
    }
  }
`);

/**
 * A certificate to print for its holder (수료증), with the full name, for the organization that holds the
 * participant (the read is logged). The page prints alone: the portal's chrome is hidden by the print stylesheet.
 */
export default function CertificatePrintPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(PRINT, { variables: { code }, fetchPolicy: 'network-only' });
  const c = data?.certificateToPrint;
  if (!c && loading) return <PageLoader />;
  if (errorCode(error) === 'CERTIFICATE_NOT_FOUND')
    return (
      <Alert color="red" variant="outline" role="alert">
        {t('print.notFound')}
      </Alert>
    );
  if (error && !c) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!c) return null;
  const verifyUrl = `${window.location.origin}/verify/${c.code}`;
  return (
    <Stack>
      <Group className="lal-no-print">
        <Button onClick={() => window.print()}>{t('print.print')}</Button>
        <Anchor component={Link} to={`/verify/${c.code}`}>
          {t('print.verifyPage')}
        </Anchor>
      </Group>
      {!c.holderName && (
        <Alert className="lal-no-print" color="yellow.9" variant="outline">
          {t('print.noName')}
        </Alert>
      )}
      <Paper withBorder p="xl" className="lal-certificate">
        <Stack align="center" gap="lg">
          <Title order={1} ta="center">
            {t('print.title')}
          </Title>
          <Text size="xl" fw={700}>
            {c.holderName ?? '—'}
          </Text>
          <Text ta="center" maw={520}>
            {t('print.body', { programme: c.programmeTitle, hours: c.hours })}
          </Text>
          <Text>{calendarDay(c.issuedOn, lang)}</Text>
          <Text size="lg" fw={700}>
            {c.issuerName}
          </Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('print.code', { code: c.code })}
            <br />
            {verifyUrl}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
