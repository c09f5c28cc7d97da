import { lazy, Suspense, useState } from 'react';
import { Alert, Box, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { PageLoader } from '../../../components/PageLoader';

const SecondFactorStep = lazy(() => import('../components/SecondFactorStep'));

const SIGN_IN = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
      secondFactor
    }
  }
`);

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [reveal, setReveal] = useState(false);
  const [touched, setTouched] = useState(false);
  const [expired] = useState(() => sessionStorage.getItem('lalaland.expired') === '1');
  const [signIn, { loading, error }] = useMutation(SIGN_IN);
  const [step, setStep] = useState<'VERIFY' | 'ENROL' | null>(null);
  const fields = fieldErrors(error, i18n.language);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!email || !password) return;
    const result = await signIn({ variables: { input: { email, password } } }).catch(() => null);
    if (result?.data) {
      sessionStorage.removeItem('lalaland.expired');
      // The password was right and a second factor is owed: the next step, then the portal.
      if (result.data.signIn.secondFactor) return setStep(result.data.signIn.secondFactor);
      await client.resetStore();
    }
  };

  return (
    <Box component="main" id="main" py={60} bg="gray.0" mih="100vh">
      <Container size={420}>
        <Stack gap="lg">
          <Stack gap={4} align="center">
            <Title order={1}>{t('app.name')}</Title>
            <Text c="dimmed">{t('app.tagline')}</Text>
          </Stack>
          {step ? (
            <Paper withBorder p="xl" radius="md" component="section" aria-labelledby="second-factor-title">
              <Suspense fallback={<PageLoader />}>
                <SecondFactorStep
                  step={step}
                  onRestart={() => {
                    setStep(null);
                    setPassword('');
                  }}
                />
              </Suspense>
            </Paper>
          ) : (
            <Paper withBorder p="xl" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
              <Stack>
                <Title order={2} size="h3" id="sign-in-title">
                  {t('auth.signInTitle')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.signInIntro')}
                </Text>
                {expired && !error && (
                  <Alert color="yellow" variant="outline" role="status">
                    {t('auth.sessionExpired')}
                  </Alert>
                )}
                {error && !fields.email && (
                  <Alert color="red" variant="outline" role="alert">
                    {errorMessage(error, i18n.language, t('common.networkError'))}
                  </Alert>
                )}
                <TextInput
                  label={t('auth.email')}
                  type="email"
                  autoComplete="username"
                  required
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={fields.email ?? (touched && !email ? t('auth.required') : undefined)}
                />
                {/* A text input with its own show/hide toggle: Mantine's PasswordInput would add 2.8 KB to the first route. */}
                <TextInput
                  label={t('auth.password')}
                  type={reveal ? 'text' : 'password'}
                  autoComplete="current-password"
                  required
                  rightSectionWidth={72}
                  rightSection={
                    <button type="button" className="lal-reveal" aria-pressed={reveal} onClick={() => setReveal((r) => !r)}>
                      {reveal ? t('auth.hidePassword') : t('auth.showPassword')}
                    </button>
                  }
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={touched && !password ? t('auth.required') : undefined}
                />
                <Button type="submit" loading={loading} fullWidth>
                  {loading ? t('auth.signingIn') : t('auth.signIn')}
                </Button>
              </Stack>
            </Paper>
          )}
          <LanguageSwitch />
          <Text ta="center" size="sm">
            <a className="lal-footer-link" href="/privacy">
              {t('auth.privacyPolicy')}
            </a>
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
