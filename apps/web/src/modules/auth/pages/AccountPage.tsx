import { lazy, Suspense, useState } from 'react';
import { Alert, Button, Group, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime, passwordProblems } from '@lalaland/shared';
import { MY_SECOND_FACTORS } from '../graphql';
import { PageLoader } from '../../../components/PageLoader';

const SecondFactorStep = lazy(() => import('../components/SecondFactorStep'));
import { graphql } from '../../../gql';
import { errorCode, errorMessage } from '../../../components/ErrorAlert';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export default function AccountPage() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const [change, { loading, error }] = useMutation(CHANGE_PASSWORD);
  const [signOutEverywhere, everywhere] = useMutation(SIGN_OUT_EVERYWHERE);
  const weak = next.length > 0 && passwordProblems(next).length > 0;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setDone(false);
    const r = await change({ variables: { input: { currentPassword: current, newPassword: next } } }).catch(() => null);
    if (r?.data?.changePassword) {
      setDone(true);
      setCurrent('');
      setNext('');
    }
  };

  return (
    <Stack maw={480}>
      <Title order={1}>{t('auth.accountTitle')}</Title>
      <Paper withBorder p="lg" component="form" onSubmit={submit} aria-labelledby="change-password">
        <Stack>
          <Title order={2} size="h4" id="change-password">
            {t('auth.changePassword')}
          </Title>
          {done && (
            <Alert color="green" variant="outline" role="status">
              {t('auth.passwordChanged')}
            </Alert>
          )}
          {error && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, i18n.language, t('common.networkError'))}
            </Alert>
          )}
          <PasswordInput
            label={t('auth.currentPassword')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errorCode(error) === 'WRONG_PASSWORD' ? true : undefined}
          />
          <PasswordInput
            label={t('auth.newPassword')}
            description={t('auth.passwordHint')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={weak ? t('auth.passwordHint') : undefined}
          />
          <Group>
            <Button type="submit" loading={loading} disabled={!current || !next || weak}>
              {t('auth.changePassword')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <SecondFactors />
      <Paper withBorder p="lg">
        <Button
          variant="outline"
          color="red"
          loading={everywhere.loading}
          onClick={async () => {
            await signOutEverywhere().catch(() => null);
            await client.resetStore();
          }}
        >
          {t('auth.signOutEverywhere')}
        </Button>
      </Paper>
    </Stack>
  );
}

/** The person's second factors: what is enrolled, recovery codes left, and one more added (a new phone, a security key). */
function SecondFactors() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const { data, refetch } = useQuery(MY_SECOND_FACTORS);
  const [adding, setAdding] = useState(false);
  const mine = data?.mySecondFactors;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="second-factors">
      <Stack>
        <Title order={2} size="h4" id="second-factors">
          {t('auth.secondFactor.accountTitle')}
        </Title>
        {!mine && <PageLoader />}
        {mine && mine.factors.length === 0 && (
          <Text size="sm">{mine.required ? t('auth.secondFactor.noneRequired') : t('auth.secondFactor.none')}</Text>
        )}
        {mine && mine.factors.length > 0 && (
          <Table.ScrollContainer minWidth={320}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('auth.secondFactor.kind')}</Table.Th>
                  <Table.Th scope="col">{t('auth.secondFactor.added')}</Table.Th>
                  <Table.Th scope="col">{t('auth.secondFactor.lastUsed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mine.factors.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>{f.label}</Table.Td>
                    <Table.Td>{formatSeoulDateTime(f.createdAt, lang)}</Table.Td>
                    <Table.Td>{f.lastUsedAt ? formatSeoulDateTime(f.lastUsedAt, lang) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {mine && mine.factors.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('auth.secondFactor.codesLeft', { count: mine.recoveryCodesLeft })}
          </Text>
        )}
        {adding ? (
          <Suspense fallback={<PageLoader />}>
            <SecondFactorStep
              step="ENROL"
              onFinished={() => {
                setAdding(false);
                void refetch();
              }}
            />
          </Suspense>
        ) : (
          <Group>
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('auth.secondFactor.addOne')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
