import { useState } from 'react';
import { Alert, Group, Switch, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import { errorMessage } from '../../../components/ErrorAlert';
import { Notice } from '../../../components/Notice';

const POLICY = graphql(`
  query SecondFactorPolicy {
    secondFactorPolicy {
      required
      chosen
    }
  }
`);
const SET_POLICY = graphql(`
  mutation SetSecondFactorRequired($required: Boolean!) {
    setSecondFactorRequired(required: $required) {
      required
      chosen
    }
  }
`);

/** The organization admin's choice: members who handle personal data sign in with a second factor. */
export function SecondFactorSetting() {
  const { t, i18n } = useTranslation();
  const { data } = useQuery(POLICY);
  const [set, { loading, error }] = useMutation(SET_POLICY, { refetchQueries: [POLICY] });
  const [notice, setNotice] = useState<string | null>(null);
  if (!data) return null;
  const { required } = data.secondFactorPolicy;
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Switch
        label={t('members.secondFactorRequired')}
        description={t('members.secondFactorHint')}
        checked={required}
        disabled={loading}
        onChange={async (e) => {
          const next = e.currentTarget.checked;
          const r = await set({ variables: { required: next } }).catch(() => null);
          if (r?.data) setNotice(next ? t('members.secondFactorOn') : t('members.secondFactorOff'));
        }}
      />
      {!data.secondFactorPolicy.chosen && (
        <Text size="xs" c="dimmed">
          {t('members.secondFactorDefault')}
        </Text>
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {error && (
        <Alert color="red" variant="outline" role="alert">
          {errorMessage(error, i18n.language, t('common.networkError'))}
        </Alert>
      )}
    </Group>
  );
}
