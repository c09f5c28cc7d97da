import { useState } from 'react';
import { Alert, Box, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { passwordProblems } from '@lalaland/shared';
import { graphql } from '../../gql';
import { errorMessage } from '../common/ErrorAlert';
import { PageLoader } from '../../App';
import { ME } from './useViewer';

const PREVIEW = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) { email organizationNameKo organizationNameEn role expiresAt existingAccount }
  }
`);
const ACCEPT = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id } } }
`);

export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const preview = useQuery(PREVIEW, { variables: { token } });
  const [accept, { loading, error }] = useMutation(ACCEPT);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const inv = preview.data?.invitation;
  const weak = !inv?.existingAccount && password.length > 0 && passwordProblems(password).length > 0;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await accept({ variables: { input: { token, displayName: inv?.existingAccount ? null : name, password } } }).catch(() => null);
    if (r?.data) {
      // Refresh only the signed-in user: refetching this page's invitation would now (rightly) fail.
      await client.query({ query: ME, fetchPolicy: 'network-only' }).catch(() => null);
      navigate('/organizations', { replace: true });
    }
  };

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
                <Text>{t('invitation.intro', { organization: i18n.language === 'en' ? inv.organizationNameEn : inv.organizationNameKo, role: t(`auth.role.${inv.role}`) })}</Text>
                <TextInput label={t('auth.email')} value={inv.email} readOnly />
                {inv.existingAccount ? <Text size="sm">{t('invitation.existingAccount')}</Text> : <TextInput label={t('invitation.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" />}
                <PasswordInput
                  label={inv.existingAccount ? t('auth.password') : t('auth.newPassword')}
                  description={inv.existingAccount ? undefined : t('auth.passwordHint')}
                  required
                  autoComplete={inv.existingAccount ? 'current-password' : 'new-password'}
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={weak ? t('auth.passwordHint') : undefined}
                />
                {error && (
                  <Alert color="red" variant="outline" role="alert">
                    {errorMessage(error, i18n.language, t('common.networkError'))}
                  </Alert>
                )}
                <Button type="submit" loading={loading} disabled={!password || weak || (!inv.existingAccount && !name)}>
                  {t('invitation.accept')}
                </Button>
              </>
            )}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
