import { Alert, Anchor, Container, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { DetailField } from '../../../components/DetailField';
import { PageLoader } from '../../../components/PageLoader';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { calendarDay } from '../../../components/dates';

const VERIFY = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      holderName
      programmeTitle
      issuerName
      hours
      issuedOn
    }
  }
`);

/** Public: anyone holding a certificate's code sees what the certificate says, and nothing else. */
export default function VerifyPage() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(VERIFY, { variables: { code } });
  const c = data?.verifyCertificate;
  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Stack>
        <LanguageSwitch />
        <Title order={1}>{t('verify.title')}</Title>
        <Text c="dimmed">{t('verify.intro')}</Text>
        {loading && !c && <PageLoader />}
        {error && !c && (
          <Alert color="red" variant="outline" role="alert">
            {t('verify.invalid')}
          </Alert>
        )}
        {c && (
          <Paper withBorder p="lg">
            <Alert color="teal" variant="outline" role="status" mb="md">
              {t('verify.valid')}
            </Alert>
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl">
              <DetailField label={t('verify.holder')} value={c.holderName ?? t('verify.holderHidden')} />
              <DetailField label={t('verify.programme')} value={c.programmeTitle} />
              <DetailField label={t('verify.issuer')} value={c.issuerName} />
              <DetailField label={t('verify.hours')} value={t('learn.hoursValue', { hours: c.hours })} />
              <DetailField label={t('verify.issuedOn')} value={calendarDay(c.issuedOn, i18n.language)} />
              <DetailField label={t('learn.certificate')} value={c.code} />
            </SimpleGrid>
          </Paper>
        )}
        <Anchor component={Link} to="/" size="sm">
          LA-LA LAnd
        </Anchor>
      </Stack>
    </Container>
  );
}
