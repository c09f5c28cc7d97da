import { useEffect, useState } from 'react';
import { Alert, Button, Stack, TextInput, Title } from '@mantine/core';
import { useLazyQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { errorMessage } from '../../../components/ErrorAlert';

const BY_CODE = graphql(`
  query SessionByCheckInCode($code: String!) {
    sessionByCheckInCode(code: $code) {
      id
    }
  }
`);

/** A staff member or mentor types the session's code on a phone (or scans its QR) and lands on its attendance screen. */
export default function CheckInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [code, setCode] = useState(params.get('code') ?? '');
  const [find, { loading, error }] = useLazyQuery(BY_CODE, { fetchPolicy: 'network-only' });
  const open = async (value: string) => {
    const r = await find({ variables: { code: value.trim() } }).catch(() => null);
    if (r?.data) void navigate(`/sessions/${r.data.sessionByCheckInCode.id}/attendance`, { replace: true });
  };
  useEffect(() => {
    const initial = params.get('code');
    if (initial) void open(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Stack maw={360}>
      <Title order={1}>{t('attendance.checkInTitle')}</Title>
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {errorMessage(error, i18n.language, t('common.networkError'))}
        </Alert>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void open(code);
        }}
      >
        <Stack>
          <TextInput
            label={t('attendance.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
            maxLength={6}
            autoComplete="off"
            autoCapitalize="characters"
            size="lg"
          />
          <Button type="submit" size="md" loading={loading}>
            {t('attendance.open')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
