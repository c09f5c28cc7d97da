import { useState } from 'react';
import { Alert, Button, Code, Group, Image, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../../components/ErrorAlert';
import {
  ENROL_PASSKEY,
  ENROL_TOTP,
  PASSKEY_REGISTRATION_OPTIONS,
  PASSKEY_SIGN_IN_OPTIONS,
  START_TOTP,
  VERIFY_CODE,
  VERIFY_PASSKEY,
} from '../graphql';

type Step = 'VERIFY' | 'ENROL';

/**
 * The second step of a sign-in: the app's code, a recovery code or a passkey (VERIFY); or, where the organization
 * requires it and none is enrolled yet, a passkey or an authenticator app (ENROL), whose recovery codes are shown once.
 * Loaded only when a sign-in needs it (the passkey and QR code libraries stay out of the first route).
 */
export default function SecondFactorStep({
  step,
  onRestart,
  onFinished,
}: {
  step: Step;
  onRestart?: () => void;
  /** Enrolling one more from the account page: called instead of entering the portal. */
  onFinished?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const done = onFinished ?? (() => void client.resetStore());
  const ended = ['SECOND_FACTOR_LOCKED', 'SECOND_FACTOR_EXPIRED'].includes(errorCode(failure) ?? '');
  const alert = failure ? (
    <Alert color="red" variant="outline" role="alert">
      {errorMessage(failure, i18n.language, t('auth.secondFactor.passkeyFailed'))}
      {ended && onRestart && (
        <Button variant="subtle" mt="xs" onClick={onRestart}>
          {t('auth.secondFactor.restart')}
        </Button>
      )}
    </Alert>
  ) : null;

  if (codes)
    return (
      <Stack>
        <Title order={2} size="h3" id="second-factor-title">
          {t('auth.secondFactor.codesTitle')}
        </Title>
        <Text size="sm">{t('auth.secondFactor.codesIntro')}</Text>
        <List aria-label={t('auth.secondFactor.codesTitle')} spacing={4} listStyleType="none">
          {codes.map((c) => (
            <List.Item key={c}>
              <Code fz="md">{c}</Code>
            </List.Item>
          ))}
        </List>
        <Button onClick={done}>{t('auth.secondFactor.codesSaved')}</Button>
      </Stack>
    );
  return (
    <Stack>
      {!onFinished && (
        <>
          <Title order={2} size="h3" id="second-factor-title">
            {step === 'VERIFY' ? t('auth.secondFactor.verifyTitle') : t('auth.secondFactor.enrolTitle')}
          </Title>
          <Text size="sm">{step === 'VERIFY' ? t('auth.secondFactor.verifyIntro') : t('auth.secondFactor.enrolIntro')}</Text>
        </>
      )}
      {alert}
      {step === 'VERIFY' ? (
        <Verify onDone={done} onError={setFailure} />
      ) : (
        <Enrol onCodes={(c) => (c.length ? setCodes(c) : done())} onError={setFailure} />
      )}
    </Stack>
  );
}

function Verify({ onDone, onError }: { onDone: () => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [verify, { loading }] = useMutation(VERIFY_CODE);
  const [options] = useMutation(PASSKEY_SIGN_IN_OPTIONS);
  const [verifyPasskey, passkey] = useMutation(VERIFY_PASSKEY);
  const signInWithPasskey = async () => {
    onError(null);
    try {
      const { startAuthentication } = await import('@simplewebauthn/browser');
      const o = await options();
      const answer = await startAuthentication({ optionsJSON: JSON.parse(o.data!.passkeySignInOptions) });
      await verifyPasskey({ variables: { response: JSON.stringify(answer) } });
      onDone();
    } catch (e) {
      onError(e);
    }
  };
  return (
    <Stack
      component="form"
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        onError(null);
        if (!code.trim()) return;
        const r = await verify({ variables: { code: code.trim() } }).catch((err: unknown) => (onError(err), null));
        if (r?.data) onDone();
      }}
    >
      <Button variant="light" onClick={() => void signInWithPasskey()} loading={passkey.loading}>
        {t('auth.secondFactor.usePasskey')}
      </Button>
      <TextInput
        label={t('auth.secondFactor.code')}
        description={t('auth.secondFactor.codeHint')}
        autoComplete="one-time-code"
        maxLength={20}
        required
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <Button type="submit" loading={loading}>
        {t('auth.secondFactor.confirm')}
      </Button>
    </Stack>
  );
}

function Enrol({ onCodes, onError }: { onCodes: (codes: string[]) => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation();
  const [app, setApp] = useState<{ secret: string; qr: string } | null>(null);
  const [code, setCode] = useState('');
  const [startTotp, starting] = useMutation(START_TOTP);
  const [enrolTotp, enrolling] = useMutation(ENROL_TOTP);
  const [options] = useMutation(PASSKEY_REGISTRATION_OPTIONS);
  const [enrolPasskey, passkey] = useMutation(ENROL_PASSKEY);
  const addPasskey = async () => {
    onError(null);
    try {
      const { startRegistration } = await import('@simplewebauthn/browser');
      const o = await options();
      const answer = await startRegistration({ optionsJSON: JSON.parse(o.data!.passkeyRegistrationOptions) });
      const r = await enrolPasskey({ variables: { response: JSON.stringify(answer), label: t('auth.secondFactor.passkeyLabel') } });
      onCodes(r.data!.enrolPasskey.recoveryCodes);
    } catch (e) {
      onError(e);
    }
  };
  const showApp = async () => {
    onError(null);
    const r = await startTotp().catch((e: unknown) => (onError(e), null));
    if (!r?.data) return;
    const { toDataURL } = await import('qrcode');
    setApp({ secret: r.data.startTotpEnrolment.secret, qr: await toDataURL(r.data.startTotpEnrolment.uri, { margin: 1, width: 200 }) });
  };
  if (!app)
    return (
      <Stack>
        <Button onClick={() => void addPasskey()} loading={passkey.loading}>
          {t('auth.secondFactor.addPasskey')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('auth.secondFactor.passkeyHint')}
        </Text>
        <Button variant="light" onClick={() => void showApp()} loading={starting.loading}>
          {t('auth.secondFactor.addApp')}
        </Button>
      </Stack>
    );
  return (
    <Stack
      component="form"
      onSubmit={async (e: React.FormEvent) => {
        e.preventDefault();
        onError(null);
        const r = await enrolTotp({ variables: { code: code.trim(), label: t('auth.secondFactor.appLabel') } }).catch(
          (err: unknown) => (onError(err), null),
        );
        if (r?.data) onCodes(r.data.enrolTotp.recoveryCodes);
      }}
    >
      <Text size="sm">{t('auth.secondFactor.scan')}</Text>
      <Group justify="center">
        <Image src={app.qr} alt={t('auth.secondFactor.qrAlt')} w={200} h={200} />
      </Group>
      <Text size="sm">
        {t('auth.secondFactor.orType')} <Code data-secret>{app.secret}</Code>
      </Text>
      <TextInput
        label={t('auth.secondFactor.appCode')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        required
        value={code}
        onChange={(e) => setCode(e.currentTarget.value)}
      />
      <Button type="submit" loading={enrolling.loading}>
        {t('auth.secondFactor.confirm')}
      </Button>
    </Stack>
  );
}
