import { useState } from 'react';
import { Alert, Anchor, Box, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { passwordProblems, MEMBERSHIP_ROLE_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { errorCode, errorMessage } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { ME } from '../../../lib/session';
import { label } from '../../../components/labels';

const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationNameKo
      organizationNameEn
      role
      expiresAt
      forViewer
    }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
      }
    }
  }
`);
const SIGN_IN = graphql(`
  mutation SignInToAccept($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
      }
    }
  }
`);

/**
 * An invitation link: a new person creates an account here; someone who already has one signs in (the ordinary
 * sign-in, with its protections) and then accepts. The page never learns whether an account exists.
 */
export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const preview = useQuery(PREVIEW, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading, error, reset }] = useMutation(ACCEPT);
  const [signIn, signInState] = useMutation(SIGN_IN);
  const [mode, setMode] = useState<'new' | 'signIn'>('new');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const inv = preview.data?.invitation;
  const weak = mode === 'new' && password.length > 0 && passwordProblems(password).length > 0;

  const accepted = async () => {
    // Refresh only the signed-in user: refetching this page's invitation would now (rightly) fail.
    await client.query({ query: ME, fetchPolicy: 'network-only' }).catch(() => null);
    navigate('/home', { replace: true });
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!inv) return;
    if (inv.forViewer) {
      if ((await accept({ variables: { input: { token } } }).catch(() => null))?.data) await accepted();
    } else if (mode === 'signIn') {
      if ((await signIn({ variables: { input: { email: inv.email, password } } }).catch(() => null))?.data) {
        setPassword('');
        reset();
        await client.query({ query: ME, fetchPolicy: 'network-only' }).catch(() => null);
        await preview.refetch();
      }
    } else {
      const r = await accept({ variables: { input: { token, displayName: name, password } } }).catch((err: unknown) => {
        if (errorCode(err) === 'INVITATION_SIGN_IN_REQUIRED') setMode('signIn');
        return null;
      });
      if (r?.data) await accepted();
    }
  };
  const shownError = (mode === 'signIn' && !inv?.forViewer && signInState.error) || error;

  return (
    <Box component="main" id="main" py={60} bg="gray.0" mih="100vh">
      <Container size={440}>
        <Paper withBorder p="xl" component="form" onSubmit={submit}>
          <Stack>
            <Title order={1} size="h2">
              {t('invitation.title')}
            </Title>
            {preview.loading && <PageLoader />}
            {preview.error && (
              <Alert color="red" variant="outline" role="alert">
                {t('invitation.invalid')}
              </Alert>
            )}
            {inv && (
              <>
                <Text>
                  {t('invitation.intro', {
                    organization: i18n.language === 'en' ? inv.organizationNameEn : inv.organizationNameKo,
                    role: label(MEMBERSHIP_ROLE_LABELS, inv.role, i18n.language),
                  })}
                </Text>
                <TextInput label={t('auth.email')} value={inv.email} readOnly />
                {inv.forViewer ? (
                  <Text size="sm">{t('invitation.signedIn')}</Text>
                ) : mode === 'signIn' ? (
                  <>
                    <Text size="sm">{t('invitation.signInFirst')}</Text>
                    <PasswordInput
                      label={t('auth.password')}
                      required
                      autoComplete="current-password"
                      value={password}
                      onChange={(e) => setPassword(e.currentTarget.value)}
                    />
                  </>
                ) : (
                  <>
                    <TextInput
                      label={t('invitation.name')}
                      required
                      value={name}
                      onChange={(e) => setName(e.currentTarget.value)}
                      autoComplete="name"
                    />
                    <PasswordInput
                      label={t('auth.newPassword')}
                      description={t('auth.passwordHint')}
                      required
                      autoComplete="new-password"
                      value={password}
                      onChange={(e) => setPassword(e.currentTarget.value)}
                      error={weak ? t('auth.passwordHint') : undefined}
                    />
                  </>
                )}
                {shownError && (
                  <Alert color="red" variant="outline" role="alert">
                    {errorMessage(shownError, i18n.language, t('common.networkError'))}
                  </Alert>
                )}
                <Button
                  type="submit"
                  loading={loading || signInState.loading}
                  disabled={!inv.forViewer && (!password || weak || (mode === 'new' && !name))}
                >
                  {mode === 'signIn' && !inv.forViewer ? t('auth.signIn') : t('invitation.accept')}
                </Button>
                {!inv.forViewer && (
                  <Anchor component="button" type="button" size="sm" mih={44} onClick={() => setMode(mode === 'new' ? 'signIn' : 'new')}>
                    {mode === 'new' ? t('invitation.haveAccount') : t('invitation.newAccount')}
                  </Anchor>
                )}
              </>
            )}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
